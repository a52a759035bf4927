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
 * @param iMottak          whether the person lives in a mottak now
 * @param kompetanseStatus where the person is on the Kompetanse status line; null when nothing is registered
 * @param innflyttingsdato the day the person came to live in mottak (kept on moves between mottak);
 *                         null when not known
 * @param utflyttingsdato  the day the person moved out of mottak without being settled; null while
 *                         in a mottak, after a bosetting, or when not known
 */
public record PersonFakta(LocalDate fodselsdato,
                          LocalDate tillatelsesdato,
                          LocalDate bosettingsdato,
                          boolean iMottak,
                          KompetanseStatus kompetanseStatus,
                          LocalDate innflyttingsdato,
                          LocalDate utflyttingsdato) {

    public PersonFakta {
        Objects.requireNonNull(fodselsdato, "fodselsdato");
    }

    /** Facts without the days of moving into or out of mottak (registers that do not have them). */
    public PersonFakta(LocalDate fodselsdato, LocalDate tillatelsesdato, LocalDate bosettingsdato, boolean iMottak,
                       KompetanseStatus kompetanseStatus) {
        this(fodselsdato, tillatelsesdato, bosettingsdato, iMottak, kompetanseStatus, null, null);
    }

    public boolean harTillatelse() {
        return tillatelsesdato != null;
    }

    public boolean erBosatt() {
        return bosettingsdato != null;
    }
}
