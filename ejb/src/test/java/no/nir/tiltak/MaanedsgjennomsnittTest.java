package no.nir.tiltak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class MaanedsgjennomsnittTest {

    private static final YearMonth JUNI_2021 = YearMonth.of(2021, 6);  // 22 arbeidsdager

    @Test
    void veiledningensEksempelApril2021() {
        List<Tiltaksperiode> tiltak = List.of(
                periode("2021-04-02", "2021-04-30", "25"),  // Norskopplæring
                periode("2021-04-30", "2021-04-30", "4"),   // Foreldreveiledning
                periode("2021-04-29", "2021-04-30", "3"));  // Jobbsøkerkurs
        assertEquals(new BigDecimal("25.53"), Maanedsgjennomsnitt.beregn(YearMonth.of(2021, 4), tiltak));
    }

    @Test
    void maiMedHimmelfartOgPinse() {
        // 18 arbeidsdager; 10.–21. mai has 8 of them because 13 and 17 May are holidays: 9 × 8 / 18.
        List<Tiltaksperiode> tiltak = List.of(periode("2021-05-10", "2021-05-21", "9"));
        assertEquals(new BigDecimal("4.00"), Maanedsgjennomsnitt.beregn(YearMonth.of(2021, 5), tiltak));
    }

    @Test
    void julDesember() {
        YearMonth desember = YearMonth.of(2023, 12);  // 19 arbeidsdager
        assertEquals(new BigDecimal("10.00"),
                Maanedsgjennomsnitt.beregn(desember, List.of(periode("2023-12-01", "2023-12-31", "10"))));
        // 18.–29. desember: 8 arbeidsdager, 15 × 8 / 19 = 6.315...
        assertEquals(new BigDecimal("6.32"),
                Maanedsgjennomsnitt.beregn(desember, List.of(periode("2023-12-18", "2023-12-29", "15"))));
    }

    @Test
    void tiltakSomStarterOgSlutterMidtIMaaneden() {
        Tiltaksperiode starter = periode("2021-06-15", "2021-08-31", "20");  // 12 dager i juni
        Tiltaksperiode slutter = periode("2021-05-03", "2021-06-11", "10");  // 9 dager i juni
        assertEquals(new BigDecimal("10.91"), Maanedsgjennomsnitt.beregn(JUNI_2021, List.of(starter)));
        assertEquals(new BigDecimal("4.09"), Maanedsgjennomsnitt.beregn(JUNI_2021, List.of(slutter)));
        // Rounded once over the sum, not per tiltak: (240 + 90) / 22 = 15.
        assertEquals(new BigDecimal("15.00"), Maanedsgjennomsnitt.beregn(JUNI_2021, List.of(starter, slutter)));
    }

    @Test
    void tiltakOverAarsskiftet() {
        List<Tiltaksperiode> tiltak = List.of(periode("2021-12-20", "2022-01-10", "10"));
        assertEquals(new BigDecimal("4.35"), Maanedsgjennomsnitt.beregn(YearMonth.of(2021, 12), tiltak));  // 10 / 23
        assertEquals(new BigDecimal("2.86"), Maanedsgjennomsnitt.beregn(YearMonth.of(2022, 1), tiltak));   // 6 / 21
    }

    @Test
    void endagstiltak() {
        assertEquals(new BigDecimal("1.00"),
                Maanedsgjennomsnitt.beregn(JUNI_2021, List.of(periode("2021-06-15", "2021-06-15", "22"))));
        assertEquals(new BigDecimal("0.00"),
                Maanedsgjennomsnitt.beregn(YearMonth.of(2021, 5), List.of(periode("2021-05-17", "2021-05-17", "22"))));
    }

    @Test
    void overlappendeTiltakSummeres() {
        List<Tiltaksperiode> tiltak = List.of(
                periode("2021-06-01", "2021-06-30", "10"),
                periode("2021-05-01", "2021-07-31", "5"));
        assertEquals(new BigDecimal("15.00"), Maanedsgjennomsnitt.beregn(JUNI_2021, tiltak));
    }

    @Test
    void ingenTiltakGirNull() {
        assertEquals(new BigDecimal("0.00"), Maanedsgjennomsnitt.beregn(JUNI_2021, List.of()));
    }

    @Test
    void bareDagerInnenforOrdningenTeller() {
        List<Tiltaksperiode> tiltak = List.of(periode("2021-06-01", "2021-06-30", "20"));
        assertEquals(new BigDecimal("10.91"),
                Maanedsgjennomsnitt.beregn(JUNI_2021, tiltak, LocalDate.of(2021, 6, 15), null));
        assertEquals(new BigDecimal("8.18"),
                Maanedsgjennomsnitt.beregn(JUNI_2021, tiltak, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 11)));
        assertEquals(new BigDecimal("20.00"),
                Maanedsgjennomsnitt.beregn(JUNI_2021, tiltak, LocalDate.of(2020, 1, 1), null));
    }

    @Test
    void maanedUtenArbeidsdagerIOrdningenGirNull() {
        List<Tiltaksperiode> tiltak = List.of(periode("2021-05-01", "2021-06-30", "20"));
        assertEquals(new BigDecimal("0.00"),
                Maanedsgjennomsnitt.beregn(JUNI_2021, tiltak, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 5, 31)));
        // Saturday to Whit Monday: no working day inside the ordning.
        assertEquals(new BigDecimal("0.00"),
                Maanedsgjennomsnitt.beregn(YearMonth.of(2021, 5), tiltak, LocalDate.of(2021, 5, 22), LocalDate.of(2021, 5, 24)));
    }

    @Test
    void maanederFraTidligsteTilSeneste() {
        List<Tiltaksperiode> tiltak = List.of(
                periode("2021-02-01", "2021-04-30", "10"),
                periode("2021-05-01", "2021-08-31", "10"));
        assertEquals(List.of(ym(2021, 8), ym(2021, 7), ym(2021, 6), ym(2021, 5), ym(2021, 4), ym(2021, 3), ym(2021, 2)),
                Maanedsgjennomsnitt.maaneder(LocalDate.of(2021, 3, 10), LocalDate.of(2021, 6, 15), tiltak));
    }

    @Test
    void maanederUtenTiltak() {
        assertEquals(List.of(ym(2022, 1), ym(2021, 12), ym(2021, 11)),
                Maanedsgjennomsnitt.maaneder(LocalDate.of(2021, 11, 30), LocalDate.of(2022, 1, 1), List.of()));
    }

    @Test
    void tiltaksperiodeMaaSlutteEtterStart() {
        assertThrows(IllegalArgumentException.class, () -> periode("2021-06-02", "2021-06-01", "10"));
    }

    private static Tiltaksperiode periode(String fra, String til, String timerPerUke) {
        return new Tiltaksperiode(LocalDate.parse(fra), LocalDate.parse(til), new BigDecimal(timerPerUke));
    }

    private static YearMonth ym(int aar, int maaned) {
        return YearMonth.of(aar, maaned);
    }
}
