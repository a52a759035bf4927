package no.nir.datakilde;

import java.io.Serializable;

/**
 * How far a load has come, kept with the step's checkpoint (its persistent user data), so the
 * figures after a restart go on from the last committed chunk.
 */
public class Innlastingstall implements Serializable {

    private static final long serialVersionUID = 1L;

    long linjer;
    long bytes;
    long filstorrelse;
    long anvendt;
    long eldre;
    long duplikat;
    long feilet;

    void tell(Utfall utfall) {
        switch (utfall) {
            case ANVENDT -> anvendt++;
            case ELDRE -> eldre++;
            case DUPLIKAT -> duplikat++;
        }
    }

    public long linjer() {
        return linjer;
    }

    public long anvendt() {
        return anvendt;
    }

    public long eldre() {
        return eldre;
    }

    public long duplikat() {
        return duplikat;
    }

    public long feilet() {
        return feilet;
    }

    /** Share of the file read, 0–100. */
    public int prosent() {
        return filstorrelse == 0 ? 0 : (int) Math.min(100, bytes * 100 / filstorrelse);
    }
}
