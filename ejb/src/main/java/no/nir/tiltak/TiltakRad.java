package no.nir.tiltak;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One tiltak as the month table and the edit dialog show it.
 *
 * @param gruppeGjeldende false shows "(ikke gjeldende)" after the group
 * @param oppfolging the oppfølgingskommune, with " / bydel" where there is one
 * @param forbiOrdningensSlutt the tiltak ends after its ordning closed; those days count nowhere
 */
public record TiltakRad(long id, long version, String gruppeKode, String gruppeNavn, boolean gruppeGjeldende,
                        String typeKode, String typeNavn, boolean typeGjeldende, LocalDate fraDato,
                        LocalDate tilDato, BigDecimal timerPerUke, boolean erstattende, Gjennomforing gjennomforing,
                        Boolean mottattTilbud, String oppfolging, String registrertAv, LocalDate registrertDato,
                        String endretAv, LocalDate endretDato, String slettetAv, LocalDate slettetDato,
                        boolean forbiOrdningensSlutt)
        implements Serializable {

    public boolean erSlettet() {
        return slettetDato != null;
    }

    public Tiltaksperiode periode() {
        return new Tiltaksperiode(fraDato, tilDato, timerPerUke);
    }

    /** The Gjennomført column: Ja / Nei, or null ("-") where not recorded or not applicable. */
    public Boolean gjennomfort() {
        if (gjennomforing == null || gjennomforing == Gjennomforing.IKKE_REGISTRERT) {
            return null;
        }
        return gjennomforing == Gjennomforing.GJENNOMFORT;
    }
}
