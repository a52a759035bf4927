package no.nir.api.person;

import java.time.LocalDate;
import java.util.List;
import no.nir.grunndata.PersonGrunndata;
import no.nir.ordning.KategoriRad;
import no.nir.personliste.PersonlisteRad;
import no.nir.personliste.PersonsokResultat;
import no.nir.personliste.PersonsokTreff;

/** The JSON shapes of the person resources, as the OpenAPI document names them. */
public final class PersonJson {

    private PersonJson() {
    }

    public record Personsok(List<Treff> treff, boolean flere) {
        public static Personsok av(PersonsokResultat r) {
            return new Personsok(r.treff().stream().map(Treff::av).toList(), r.flere());
        }
    }

    public record Treff(long id, String dufNummer, String fornavn, String etternavn, LocalDate fodselsdato,
                 String oppfolgingskommune) {
        public static Treff av(PersonsokTreff t) {
            return new Treff(t.personId(), t.duf(), t.fornavn(), t.etternavn(), t.fodselsdato(), t.oppfolgingskommune());
        }
    }

    public record Grunndata(long id, String dufNummer, String fodselsnummer, String regNummer, String unhcrNummer,
                     String fornavn, String etternavn, LocalDate fodselsdato, String kjonn, String statsborgerskap,
                     LocalDate tillatelsesdato, LocalDate bosettingsdato, String lovverk, String mottak,
                     String vertskommune, String oppfolgingskommune, String bydel, List<Kategori> kategorier) {
        public static Grunndata av(PersonGrunndata g) {
            return new Grunndata(g.id(), g.dufNummer() == null ? null : g.dufNummer().verdi(),
                    g.fodselsnummer() == null ? null : g.fodselsnummer().verdi(), g.regNummer(), g.unhcrNummer(),
                    g.fornavn(), g.etternavn(), g.fodselsdato(), g.kjonn() == null ? null : g.kjonn().name(),
                    g.statsborgerskap(), g.tillatelsesdato(), g.bosettingsdato(),
                    g.lovverk() == null ? null : g.lovverk().name(), g.mottak(), g.vertskommune(),
                    g.oppfolgingskommune(), g.bydel(), g.kategorier().stream().map(Kategori::av).toList());
        }
    }

    public record Kategori(long id, String type, String navn, String lovverk, LocalDate fra, LocalDate til) {
        public static Kategori av(KategoriRad k) {
            return new Kategori(k.id(), k.type().name(), k.type().visningsnavn(), k.lovverk().name(), k.fra(), k.til());
        }
    }

    public record Personliste(long totalt, int side, int storrelse, List<Rad> rader) {
    }

    public record Rad(long personId, long ordningId, String dufNummer, String fornavn, String etternavn, String kategori,
               LocalDate kategoriFra, String ordning, LocalDate frist, String status) {
        public static Rad av(PersonlisteRad r) {
            return new Rad(r.personId(), r.ordningId(), r.duf(), r.fornavn(), r.etternavn(), r.kategori().name(),
                    r.kategoriFra(), r.ordning().name(), r.frist(), r.status().name());
        }
    }
}
