package no.nir.person;

import java.io.Serializable;
import java.time.LocalDate;

/** What the header of every person page shows. */
public record PersonHode(long id, DufNummer dufNummer, String fulltNavn, LocalDate fodselsdato) implements Serializable {

    public static PersonHode av(Person p) {
        return new PersonHode(p.getId(), DufNummer.parse(p.getDufNummer()), p.fulltNavn(), p.getFodselsdato());
    }
}
