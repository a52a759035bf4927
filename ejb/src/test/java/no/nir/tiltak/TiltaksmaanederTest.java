package no.nir.tiltak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The month table as TiltakService builds it from the ordning's tiltak. */
class TiltaksmaanederTest {

    private static final AtomicLong ID = new AtomicLong();
    private static final LocalDate IDAG = LocalDate.of(2021, 6, 15);

    @Test
    void veiledningensAprilOgMaanederFraOrdningenTilIdag() {
        List<TiltakMaaned> m = Tiltaksmaaneder.lag(apen(LocalDate.of(2021, 3, 10)), IDAG, List.of(
                rad("2021-04-02", "2021-04-30", "25"),
                rad("2021-04-30", "2021-04-30", "4"),
                rad("2021-04-29", "2021-04-30", "3")));
        assertEquals(List.of(YearMonth.of(2021, 6), YearMonth.of(2021, 5), YearMonth.of(2021, 4), YearMonth.of(2021, 3)),
                m.stream().map(TiltakMaaned::maaned).toList());
        assertEquals(new BigDecimal("25.53"), maaned(m, 2021, 4).gjennomsnitt());
        assertEquals(3, maaned(m, 2021, 4).tiltak().size());
        assertEquals(new BigDecimal("0.00"), maaned(m, 2021, 3).gjennomsnitt());
        assertTrue(maaned(m, 2021, 5).tiltak().isEmpty());
    }

    @Test
    void tiltakSomStarterMidtIMaanedenOgVarerOverAarsskiftet() {
        // 15.11.2021–14.02.2022, 10 timer: Nov 12 of 22 working days, Dec and Jan whole, Feb 10 of 20.
        List<TiltakMaaned> m = Tiltaksmaaneder.lag(apen(LocalDate.of(2021, 11, 1)), LocalDate.of(2021, 12, 1),
                List.of(rad("2021-11-15", "2022-02-14", "10")));
        assertEquals(YearMonth.of(2022, 2), m.get(0).maaned(), "runs to the last tiltak's month");
        assertEquals(YearMonth.of(2021, 11), m.get(m.size() - 1).maaned());
        assertEquals(new BigDecimal("5.45"), maaned(m, 2021, 11).gjennomsnitt());
        assertEquals(new BigDecimal("10.00"), maaned(m, 2021, 12).gjennomsnitt());
        assertEquals(new BigDecimal("10.00"), maaned(m, 2022, 1).gjennomsnitt());
        assertEquals(new BigDecimal("5.00"), maaned(m, 2022, 2).gjennomsnitt());
        assertEquals(1, maaned(m, 2022, 1).tiltak().size(), "appears in every month of its period");
    }

    @Test
    void tidligereTiltakEnnOrdningenUtviderTabellenBakover() {
        List<TiltakMaaned> m = Tiltaksmaaneder.lag(apen(LocalDate.of(2021, 3, 1)), LocalDate.of(2021, 3, 20),
                List.of(rad("2021-01-04", "2021-01-08", "5")));
        assertEquals(YearMonth.of(2021, 1), m.get(m.size() - 1).maaned());
        assertEquals(3, m.size());
    }

    @Test
    void paaskeOgEnDagsTiltak() {
        // April 2021 has 19 working days (Easter 1, 2 and 5 April). One day, 30 April, 19 hours: 1.00.
        List<TiltakMaaned> m = Tiltaksmaaneder.lag(apen(LocalDate.of(2021, 4, 1)), LocalDate.of(2021, 4, 1),
                List.of(rad("2021-04-30", "2021-04-30", "19")));
        assertEquals(new BigDecimal("1.00"), m.get(0).gjennomsnitt());
        // A tiltak only on Easter holidays counts nothing, but is still listed in the month.
        m = Tiltaksmaaneder.lag(apen(LocalDate.of(2021, 4, 1)), LocalDate.of(2021, 4, 1),
                List.of(rad("2021-04-01", "2021-04-05", "30")));
        assertEquals(new BigDecimal("0.00"), m.get(0).gjennomsnitt());
        assertEquals(1, m.get(0).tiltak().size());
    }

    @Test
    void overlappendeTiltakSummeres() {
        List<TiltakMaaned> m = Tiltaksmaaneder.lag(apen(LocalDate.of(2021, 6, 1)), LocalDate.of(2021, 6, 1), List.of(
                rad("2021-06-01", "2021-06-30", "10"),
                rad("2021-06-01", "2021-06-30", "7.5")));
        assertEquals(new BigDecimal("17.50"), m.get(0).gjennomsnitt());
    }

    @Test
    void slettedeVisesMenTellerIkke() {
        TiltakRad slettet = new TiltakRad(ID.incrementAndGet(), 1, "G", "Gruppe", true, "T", "Type", true,
                LocalDate.parse("2021-06-01"), LocalDate.parse("2021-06-30"), new BigDecimal("20"), false, null, null,
                "Kristiansand", "skriv", IDAG, null, null, "skriv", IDAG, false);
        List<TiltakMaaned> m = Tiltaksmaaneder.lag(apen(LocalDate.of(2021, 6, 1)), LocalDate.of(2021, 6, 1),
                List.of(slettet, rad("2021-06-01", "2021-06-30", "10")));
        assertEquals(new BigDecimal("10.00"), m.get(0).gjennomsnitt());
        assertEquals(2, m.get(0).tiltak().size());
    }

    @Test
    void innenMaanedenEtterFraDato() {
        TiltakRad sen = rad("2021-06-20", "2021-06-30", "1");
        TiltakRad tidlig = rad("2021-06-02", "2021-06-30", "1");
        List<TiltakMaaned> m = Tiltaksmaaneder.lag(apen(LocalDate.of(2021, 6, 1)), LocalDate.of(2021, 6, 1), List.of(sen, tidlig));
        assertEquals(List.of(tidlig, sen), m.get(0).tiltak());
    }

    @Test
    void lukketOrdningTellerIkkeDagerEtterSluttOgTabellenGaarTilSisteTiltak() {
        // Closed by bosetting Tuesday 15 June 2021; the tiltak keeps its registered dates to 31 August.
        // June 1–15 has 11 of June's 22 working days: 20 × 11 / 22 = 10.00; July and August count nothing.
        Ordningsperiode lukket = new Ordningsperiode(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 6, 15));
        TiltakRad forbi = rad("2021-06-01", "2021-08-31", "20");
        List<TiltakMaaned> m = Tiltaksmaaneder.lag(lukket, LocalDate.of(2026, 11, 29), List.of(forbi));
        assertEquals(YearMonth.of(2021, 8), m.get(0).maaned(), "to the last tiltak's month, not to today");
        assertEquals(YearMonth.of(2021, 2), m.get(m.size() - 1).maaned());
        assertEquals(new BigDecimal("10.00"), maaned(m, 2021, 6).gjennomsnitt());
        assertEquals(new BigDecimal("0.00"), maaned(m, 2021, 7).gjennomsnitt());
        assertEquals(new BigDecimal("0.00"), maaned(m, 2021, 8).gjennomsnitt());
        assertEquals(List.of(forbi), maaned(m, 2021, 8).tiltak(), "still listed where it ran");
    }

    @Test
    void lukketOrdningUtenTiltakEtterSluttSlutterISinSisteMaaned() {
        Ordningsperiode lukket = new Ordningsperiode(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 6, 15));
        List<TiltakMaaned> m = Tiltaksmaaneder.lag(lukket, LocalDate.of(2026, 11, 29), List.of(rad("2021-03-01", "2021-03-05", "5")));
        assertEquals(List.of(YearMonth.of(2021, 6), YearMonth.of(2021, 5), YearMonth.of(2021, 4), YearMonth.of(2021, 3),
                YearMonth.of(2021, 2)), m.stream().map(TiltakMaaned::maaned).toList());
    }

    @Test
    void tiltakFoerOrdningensStartTellerNull() {
        // Ordning from 1 March 2021; a tiltak 11–15 January is listed in January but counts 0.00.
        List<TiltakMaaned> m = Tiltaksmaaneder.lag(apen(LocalDate.of(2021, 3, 1)), LocalDate.of(2021, 3, 20),
                List.of(rad("2021-01-11", "2021-01-15", "5")));
        assertEquals(new BigDecimal("0.00"), maaned(m, 2021, 1).gjennomsnitt());
        assertEquals(1, maaned(m, 2021, 1).tiltak().size());
    }

    @Test
    void radenSierAtTiltaketGikkForbiOrdningensSlutt() {
        Ordningsperiode lukket = new Ordningsperiode(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 6, 15));
        assertTrue(lukket.sluttetFor(LocalDate.of(2021, 6, 16)));
        assertFalse(lukket.sluttetFor(LocalDate.of(2021, 6, 15)), "up to the til-dato is inside");
        assertFalse(apen(LocalDate.of(2021, 2, 1)).sluttetFor(LocalDate.of(2099, 1, 1)), "an open ordning has no end");
    }

    private static Ordningsperiode apen(LocalDate fra) {
        return new Ordningsperiode(fra, null);
    }

    private static TiltakMaaned maaned(List<TiltakMaaned> m, int aar, int mnd) {
        return m.stream().filter(x -> x.maaned().equals(YearMonth.of(aar, mnd))).findFirst().orElseThrow();
    }

    private static TiltakRad rad(String fra, String til, String timer) {
        return new TiltakRad(ID.incrementAndGet(), 0, "G", "Gruppe", true, "T", "Type", true, LocalDate.parse(fra),
                LocalDate.parse(til), new BigDecimal(timer), false, null, null, "Kristiansand", "skriv", IDAG,
                null, null, null, null, false);
    }
}
