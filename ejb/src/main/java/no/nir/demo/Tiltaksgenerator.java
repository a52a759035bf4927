package no.nir.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.nir.tiltak.Gjennomforing;

/**
 * The tiltak the kommune registered on one Kvalifisering for mottaksbeboere ordning: dates inside
 * the ordning's period, some changed later and some deleted (kept, as the application keeps them).
 */
final class Tiltaksgenerator {

    private static final ZoneId NORGE = ZoneId.of("Europe/Oslo");
    /** How often each type is used compared with the others (weight 1). */
    private static final Map<String, Integer> VANLIGE = Map.of("NORSKOPPLAERING", 8, "SAMFUNNSKUNNSKAP", 4,
            "LIVSMESTRING", 4, "FORELDREVEILEDNING", 3, "NORSKTRENING", 3,
            "OMSORGSPERMISJON", 2);
    /** The demo user who works in the kommune (docker/cli/demo-brukere.sh); others get a generic name. */
    private static final Map<String, String> SAKSBEHANDLERE = Map.of("4204", "skriv", "0301", "oslo",
            "4601", "bergen");
    /** Open ordninger get tiltak planned up to this far ahead. */
    private static final int PLANLAGT_DAGER = 90;

    private final Tabell tiltak = new Tabell("tiltak", "id, ordning_id, tiltakstype_kode, fra_dato, til_dato,"
            + " timer_per_uke, erstattende, gjennomforing, mottatt_tilbud, oppfolgingskommune_nummer, bydel_nummer,"
            + " registrert_av, registrert_tid, endret_av, endret_tid, slettet_av, slettet_tid");
    private final IdSekvens ider;
    private final Map<Referansedata.Tiltakstype, Integer> typer = new LinkedHashMap<>();
    private final Tilfeldig tilfeldig;
    private final LocalDate idag;

    Tiltaksgenerator(Connection connection, List<Referansedata.Tiltakstype> tiltakstyper, Tilfeldig tilfeldig,
                     LocalDate idag) {
        this.ider = new IdSekvens(connection, "tiltak_seq");
        this.tilfeldig = tilfeldig;
        this.idag = idag;
        tiltakstyper.forEach(t -> typer.put(t, VANLIGE.getOrDefault(t.kode(), 1)));
    }

    /**
     * @param fra the ordning's first day; an ordning that starts after idag gets no tiltak yet
     * @param til the ordning's last day, null while open
     */
    void nyHistorikk(long ordningId, LocalDate fra, LocalDate til, String kommune, String bydel) throws SQLException {
        if (fra.isAfter(idag) || typer.isEmpty()) {
            return;
        }
        LocalDate slutt = til != null ? til : idag.plusDays(PLANLAGT_DAGER);
        LocalDate sisteStart = slutt.isBefore(idag) ? slutt : idag;
        String saksbehandler = SAKSBEHANDLERE.getOrDefault(kommune, "saksbehandler" + kommune);
        for (int i = antallTiltak(); i > 0; i--) {
            Referansedata.Tiltakstype type = tilfeldig.vektet(typer);
            LocalDate tiltakFra = tilfeldig.dato(fra, sisteStart);
            LocalDate tiltakTil = tilfeldig.dato(tiltakFra, minst(tiltakFra.plusDays(180), slutt));
            Instant registrert = arbeidstid(minst(tiltakFra, idag.minusDays(1)).minusDays(tilfeldig.tall(8)));
            Instant endret = tilfeldig.prosent(20) ? senere(registrert) : null;
            Instant slettet = tilfeldig.prosent(6) ? senere(endret != null ? endret : registrert) : null;
            tiltak.rad(ider.neste(), ordningId, type.kode(), tiltakFra, tiltakTil, timer(),
                    tilfeldig.prosent(5),
                    type.kreverGjennomforing() ? tilfeldig.velg(List.of(Gjennomforing.values())) : null,
                    type.kreverMottattTilbud() ? tilfeldig.prosent(50) : null,
                    kommune, bydel, saksbehandler, registrert,
                    endret == null ? null : saksbehandler, endret,
                    slettet == null ? null : saksbehandler, slettet);
        }
    }

    /** 0–6 tiltak, three on average. */
    private int antallTiltak() {
        return tilfeldig.tall(4) + tilfeldig.tall(4);
    }

    /** Hours per week in (0, 40] with at most one decimal: mostly whole or half hours. */
    private BigDecimal timer() {
        int r = tilfeldig.tall(100);
        if (r < 70) {
            return BigDecimal.valueOf(1 + tilfeldig.tall(25)).setScale(1);
        }
        if (r < 90) {
            return BigDecimal.valueOf(1 + tilfeldig.tall(40), 1).multiply(BigDecimal.valueOf(5));
        }
        return BigDecimal.valueOf(5 + tilfeldig.tall(396), 1);
    }

    /** A moment in working hours after the given one and before idag (or just after it, if it is that late). */
    private Instant senere(Instant etter) {
        LocalDate dag = tilfeldig.dato(etter.atZone(NORGE).toLocalDate(), idag.minusDays(1));
        Instant tid = arbeidstid(dag);
        return tid.isAfter(etter) ? tid : etter.plus(Duration.ofMinutes(1 + tilfeldig.tall(60)));
    }

    private Instant arbeidstid(LocalDate dag) {
        return dag.atTime(LocalTime.of(8, 0)).atZone(NORGE).toInstant()
                .plus(Duration.ofMinutes(tilfeldig.tall(8 * 60)));
    }

    private static <T extends Comparable<? super T>> T minst(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The rows made since the last call, parents before children. */
    List<Tabell.Copy> ta() {
        return Stream.of(tiltak).flatMap(t -> t.ta().stream()).toList();
    }

    Map<String, Long> antall() {
        return Map.of(tiltak.navn(), tiltak.antall());
    }
}
