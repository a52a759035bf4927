package no.nir.ordning;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;

/** An ordning in the person's overview and menu; til and frist may be null. */
public record OrdningRad(long id, OrdningType type, LocalDate fra, LocalDate til, OrdningStatus status, LocalDate frist)
        implements Serializable {

    /** Active ordninger first, then by start. */
    public static final Comparator<OrdningRad> AKTIVE_FORST = Comparator
            .comparing((OrdningRad o) -> !o.erAktiv())
            .thenComparing(OrdningRad::fra)
            .thenComparing(OrdningRad::id);

    public static OrdningRad av(Ordning o) {
        return new OrdningRad(o.getId(), o.getType(), o.getFraDato(), o.getTilDato(), o.getStatus(), o.getFrist());
    }

    public boolean erAktiv() {
        return status == OrdningStatus.AKTIV;
    }

    /** An active ordning whose frist has passed: the overview highlights it. */
    public boolean fristPassert() {
        return fristPassertPa(LocalDate.now());
    }

    public boolean fristPassertPa(LocalDate dato) {
        return erAktiv() && frist != null && frist.isBefore(dato);
    }
}
