package no.nir.person;

import java.io.Serializable;
import java.time.LocalDate;

/** One person as a line in a simple list; leaves the transaction fully loaded. */
public record PersonRad(long id, DufNummer dufNummer, String fulltNavn, LocalDate fodselsdato, String oppfolgingskommune)
        implements Serializable {
}
