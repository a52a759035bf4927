package no.nir.personliste;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes every line of a person list as CSV, pulling it from the service a chunk at a time (keyset
 * paging, one short transaction per chunk) and flushing each chunk on, so memory does not grow
 * with the number of lines.
 */
public final class PersonlisteEksport {

    /** About 4 MB of lines: each chunk costs a transaction, the branch keys and a query. */
    static final int BIT = 20_000;

    private PersonlisteEksport() {
    }

    /** Returns the number of lines written. */
    public static long skriv(PersonlisteService service, PersonlisteKriterier kriterier, OutputStream ut)
            throws IOException {
        PersonlisteCsv csv = PersonlisteCsv.start(ut);
        long etter = 0;
        long antall = 0;
        List<PersonlisteRad> bit;
        do {
            bit = service.eksportside(kriterier, etter, BIT);
            for (PersonlisteRad rad : bit) {
                csv.skriv(rad);
                etter = rad.ordningId();
            }
            antall += bit.size();
            csv.flush();
        } while (bit.size() == BIT);
        return antall;
    }
}
