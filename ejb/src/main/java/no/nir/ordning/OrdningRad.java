package no.nir.ordning;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * An ordning in the person's overview and menu; til and frist may be null.
 *
 * @param fristPassert an active ordning whose frist has passed: the overview highlights it
 */
public record OrdningRad(long id, OrdningType type, LocalDate fra, LocalDate til, OrdningStatus status, LocalDate frist,
                         boolean fristPassert)
        implements Serializable {

    /** Active ordninger first, then by start. */
    public static final Comparator<OrdningRad> AKTIVE_FORST = Comparator
            .comparing((OrdningRad o) -> !o.erAktiv())
            .thenComparing(OrdningRad::fra)
            .thenComparing(OrdningRad::id);

    public static OrdningRad av(Ordning o, LocalDate idag) {
        return new OrdningRad(o.getId(), o.getType(), o.getFraDato(), o.getTilDato(), o.getStatus(), o.getFrist(),
                fristPassertPa(o.getStatus(), o.getFrist(), idag));
    }

    public static boolean fristPassertPa(OrdningStatus status, LocalDate frist, LocalDate dato) {
        return status == OrdningStatus.AKTIV && frist != null && frist.isBefore(dato);
    }

    public boolean erAktiv() {
        return status == OrdningStatus.AKTIV;
    }
}
