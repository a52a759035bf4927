package no.nir.api.ordning;

import java.time.LocalDate;
import java.util.List;
import no.nir.api.person.PersonJson;
import no.nir.ordning.OrdningDetaljer;
import no.nir.ordning.OrdningRad;
import no.nir.person.Lovverk;

/** The JSON shapes of a person's kategorier and ordninger. */
public final class OrdningJson {

    private OrdningJson() {
    }

    public record KategoriMedOrdninger(PersonJson.Kategori kategori, List<Ordning> ordninger) {
        public static KategoriMedOrdninger av(no.nir.ordning.KategoriMedOrdninger k) {
            return new KategoriMedOrdninger(PersonJson.Kategori.av(k.kategori()),
                    k.ordninger().stream().map(o -> Ordning.av(o, k.kategori().lovverk())).toList());
        }
    }

    public record Ordning(long id, String type, String navn, String lovverk, LocalDate fra, LocalDate til,
                          String status, LocalDate frist) {
        public static Ordning av(OrdningRad o, Lovverk lovverk) {
            return new Ordning(o.id(), o.type().name(), o.type().visningsnavn(), lovverk.name(), o.fra(), o.til(),
                    o.status().name(), o.frist());
        }
    }

    public record Detaljer(long id, long personId, String type, String navn, String kategori, LocalDate fra,
                           LocalDate til, String status, LocalDate frist, String oppfolgingskommune, String bydel,
                           boolean harTiltak, boolean tiltakRegistrert) {
        public static Detaljer av(OrdningDetaljer o) {
            return new Detaljer(o.id(), o.personId(), o.type().name(), o.type().visningsnavn(), o.kategori().name(),
                    o.fra(), o.til(), o.status().name(), o.frist(), o.oppfolgingskommune(), o.bydel(), o.harTiltak(),
                    o.tiltakRegistrert());
        }
    }
}
