package no.nir.personliste;

import java.io.Serializable;
import java.time.LocalDate;
import no.nir.ordning.KategoriType;
import no.nir.ordning.OrdningStatus;
import no.nir.ordning.OrdningType;
import no.nir.person.DufNummer;

/** One line of a person list: a person and one ordning of the chosen kategori. */
public record PersonlisteRad(long personId, long ordningId, String duf, String fornavn, String etternavn,
                             KategoriType kategori, LocalDate kategoriFra, OrdningType ordning, LocalDate frist,
                             OrdningStatus status) implements Serializable {

    /** Shown grey: "ordning er inaktiv eller fullført". */
    public boolean inaktiv() {
        return status != OrdningStatus.AKTIV;
    }

    public String dufVisning() {
        return new DufNummer(duf).visning();
    }
}
