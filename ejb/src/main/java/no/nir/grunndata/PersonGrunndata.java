package no.nir.grunndata;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.nir.datakilde.FaktaendringRad;
import no.nir.ordning.KategoriRad;
import no.nir.person.DufNummer;
import no.nir.person.Fodselsnummer;
import no.nir.person.Kjonn;
import no.nir.person.Lovverk;

/**
 * The Grunndata page of a person: identity, permit and bosetting facts, where the person lives
 * and who follows up, the kategorier for the right-hand panel (open first), and the changes the
 * registers made (newest first, with source and event id). Optional facts are null.
 */
public record PersonGrunndata(long id, DufNummer dufNummer, Fodselsnummer fodselsnummer, String regNummer,
                              String unhcrNummer, String fornavn, String etternavn, LocalDate fodselsdato,
                              Kjonn kjonn, String statsborgerskap, LocalDate tillatelsesdato,
                              LocalDate bosettingsdato, Lovverk lovverk, String mottak, String vertskommune,
                              String oppfolgingskommune, String bydel, List<KategoriRad> kategorier,
                              List<FaktaendringRad> endringer)
        implements Serializable {

    public PersonGrunndata {
        kategorier = List.copyOf(kategorier);
        endringer = List.copyOf(endringer);
    }
}
