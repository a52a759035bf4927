package no.nir.ordning;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The frame of an ordning page. tiltakRegistrert: whether the ordning has tiltak that are not
 * deleted (the status field "Det er (ikke) registrert tiltak på denne ordningen").
 */
public record OrdningDetaljer(long id, long personId, OrdningType type, KategoriType kategori, LocalDate fra,
                              LocalDate til, OrdningStatus status, LocalDate frist, String oppfolgingskommune,
                              String bydel, boolean tiltakRegistrert) implements Serializable {

    public static OrdningDetaljer av(Ordning o, boolean tiltakRegistrert) {
        return new OrdningDetaljer(o.getId(), o.getPerson().getId(), o.getType(), o.getKategori().getType(),
                o.getFraDato(), o.getTilDato(), o.getStatus(), o.getFrist(), o.getOppfolgingskommune().getNavn(),
                o.getBydel() == null ? null : o.getBydel().getNavn(), tiltakRegistrert);
    }

    /** Whether the page shows the tiltak area (Kvalifisering for mottaksbeboere, Introduksjonsprogram). */
    public boolean harTiltak() {
        return type.harTiltak();
    }
}
