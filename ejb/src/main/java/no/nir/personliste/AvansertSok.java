package no.nir.personliste;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.stream.Stream;
import no.nir.ordning.KategoriType;

/** Avansert søk: each field separately; empty fields are null and all given fields must match. */
public record AvansertSok(String duf, String regNummer, String unhcrNummer, String fodselsnummer, LocalDate fodselsdato,
                          String fornavn, String etternavn, String kommune, KategoriType kategori) implements Serializable {

    public boolean erTomt() {
        return Stream.of(duf, regNummer, unhcrNummer, fodselsnummer, fornavn, etternavn, kommune)
                .allMatch(s -> s == null || s.isBlank()) && fodselsdato == null && kategori == null;
    }
}
