package no.nir.ordning;

import java.time.LocalDate;
import java.util.Objects;

import no.nir.kompetanse.KompetanseStatus;

/**
 * The facts about a person that decide kategorier and ordninger (SPEC §2).
 *
 * @param fodselsdato      date of birth, required
 * @param tillatelsesdato  date the residence permit was granted; null when there is no permit yet
 * @param bosettingsdato   date of settlement in a kommune; null when not settled
 * @param iMottak          whether a mottak is registered (kept after bosetting as the last mottak)
 * @param kompetanseStatus where the person is on the Kompetanse status line; null when nothing is registered
 */
public record PersonFakta(LocalDate fodselsdato,
                          LocalDate tillatelsesdato,
                          LocalDate bosettingsdato,
                          boolean iMottak,
                          KompetanseStatus kompetanseStatus) {

    public PersonFakta {
        Objects.requireNonNull(fodselsdato, "fodselsdato");
    }

    public boolean harTillatelse() {
        return tillatelsesdato != null;
    }

    public boolean erBosatt() {
        return bosettingsdato != null;
    }
}
