package no.nir.personliste;

import java.io.Serializable;
import java.time.LocalDate;
import no.nir.person.DufNummer;

/** One hit of Personsøk. */
public record PersonsokTreff(long personId, String duf, String fornavn, String etternavn, LocalDate fodselsdato,
                             String oppfolgingskommune) implements Serializable {

    public String dufVisning() {
        return new DufNummer(duf).visning();
    }
}
