package no.nir.api.tiltak;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.nir.tiltak.TiltakMaaned;
import no.nir.tiltak.TiltakRad;

/** The JSON shapes of tiltak and the month table. */
public final class TiltakJson {

    private TiltakJson() {
    }

    /** A month of the table; {@code maaned} is åååå-mm, {@code gjennomsnitt} timer per uke over its tiltak. */
    public record Maaned(String maaned, BigDecimal gjennomsnitt, List<Tiltak> tiltak) {
        public static Maaned av(TiltakMaaned m) {
            return new Maaned(m.maaned().toString(), m.gjennomsnitt(), m.tiltak().stream().map(Tiltak::av).toList());
        }
    }

    public record Tiltak(long id, long versjon, String gruppeKode, String gruppeNavn, boolean gruppeGjeldende,
                         String typeKode, String typeNavn, boolean typeGjeldende, LocalDate fraDato,
                         LocalDate tilDato, BigDecimal timerPerUke, boolean erstattende, String gjennomforing,
                         Boolean mottattTilbud, String oppfolging, String registrertAv, LocalDate registrertDato,
                         String endretAv, LocalDate endretDato, boolean slettet, String slettetAv,
                         LocalDate slettetDato) {
        public static Tiltak av(TiltakRad t) {
            return new Tiltak(t.id(), t.version(), t.gruppeKode(), t.gruppeNavn(), t.gruppeGjeldende(), t.typeKode(),
                    t.typeNavn(), t.typeGjeldende(), t.fraDato(), t.tilDato(), t.timerPerUke(), t.erstattende(),
                    t.gjennomforing() == null ? null : t.gjennomforing().name(), t.mottattTilbud(), t.oppfolging(),
                    t.registrertAv(), t.registrertDato(), t.endretAv(), t.endretDato(), t.erSlettet(), t.slettetAv(),
                    t.slettetDato());
        }
    }
}
