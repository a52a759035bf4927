package no.nir.tiltak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The arithmetic of the month average. Expected values are worked out by hand from the calendar
 * (working days per month in the comments), not by the code under test.
 */
class MaanedsgjennomsnittTest {

    private static final YearMonth JUNI_2021 = YearMonth.of(2021, 6);  // 22 arbeidsdager
    /** An ordning open since long before every month below: only the tiltak's own days limit. */
    private static final Ordningsperiode APEN = new Ordningsperiode(LocalDate.of(2000, 1, 1), null);

    @Test
    void veiledningensEksempelApril2021() {
        List<Tiltaksperiode> tiltak = List.of(
                periode("2021-04-02", "2021-04-30", "25"),  // Norskopplæring
                periode("2021-04-30", "2021-04-30", "4"),   // Foreldreveiledning
                periode("2021-04-29", "2021-04-30", "3"));  // Jobbsøkerkurs
        assertEquals(new BigDecimal("25.53"), beregn(YearMonth.of(2021, 4), tiltak));
    }

    @Test
    void maiMedHimmelfartOgPinse() {
        // 18 arbeidsdager; 10.–21. mai has 8 of them because 13 and 17 May are holidays: 9 × 8 / 18.
        assertEquals(new BigDecimal("4.00"), beregn(YearMonth.of(2021, 5), List.of(periode("2021-05-10", "2021-05-21", "9"))));
    }

    @Test
    void paaskenOverMarsOgApril2024() {
        // Skjærtorsdag 28.3, langfredag 29.3, 2. påskedag 1.4: March has 19 working days, April 21.
        // 25.03–05.04, 10 timer: 25–27 March (3 days) and 2–5 April (4 days).
        List<Tiltaksperiode> tiltak = List.of(periode("2024-03-25", "2024-04-05", "10"));
        assertEquals(new BigDecimal("1.58"), beregn(YearMonth.of(2024, 3), tiltak));  // 30 / 19 = 1.578…
        assertEquals(new BigDecimal("1.90"), beregn(YearMonth.of(2024, 4), tiltak));  // 40 / 21 = 1.904…
    }

    @Test
    void februarISkuddaarOgVanligAar() {
        // February 2024 has 21 working days (29 February is a Thursday), February 2023 has 20.
        assertEquals(new BigDecimal("4.00"), beregn(YearMonth.of(2024, 2), List.of(periode("2024-02-26", "2024-02-29", "21"))));
        assertEquals(new BigDecimal("21.00"), beregn(YearMonth.of(2024, 2), List.of(periode("2024-02-01", "2024-02-29", "21"))));
        // 27–28 February 2023 (Mon–Tue), 10 timer: 20 / 20.
        assertEquals(new BigDecimal("1.00"), beregn(YearMonth.of(2023, 2), List.of(periode("2023-02-27", "2023-03-03", "10"))));
    }

    @Test
    void avrundesHalvtOppNoyaktigPaaFem() {
        // February 2021: 20 working days. One day at 2.5 t gives exactly 0.125, one at 0.5 t exactly 0.025;
        // half-up gives 0.13 and 0.03 where banker's rounding would give 0.12 and 0.02.
        assertEquals(new BigDecimal("0.13"), beregn(YearMonth.of(2021, 2), List.of(periode("2021-02-10", "2021-02-10", "2.5"))));
        assertEquals(new BigDecimal("0.03"), beregn(YearMonth.of(2021, 2), List.of(periode("2021-02-10", "2021-02-10", "0.5"))));
    }

    @Test
    void julDesember() {
        YearMonth desember = YearMonth.of(2023, 12);  // 19 arbeidsdager
        assertEquals(new BigDecimal("10.00"), beregn(desember, List.of(periode("2023-12-01", "2023-12-31", "10"))));
        // 18.–29. desember: 8 arbeidsdager, 15 × 8 / 19 = 6.315...
        assertEquals(new BigDecimal("6.32"), beregn(desember, List.of(periode("2023-12-18", "2023-12-29", "15"))));
    }

    @Test
    void tiltakSomStarterOgSlutterMidtIMaaneden() {
        Tiltaksperiode starter = periode("2021-06-15", "2021-08-31", "20");  // 12 dager i juni
        Tiltaksperiode slutter = periode("2021-05-03", "2021-06-11", "10");  // 9 dager i juni
        assertEquals(new BigDecimal("10.91"), beregn(JUNI_2021, List.of(starter)));
        assertEquals(new BigDecimal("4.09"), beregn(JUNI_2021, List.of(slutter)));
        // Rounded once over the sum, not per tiltak: (240 + 90) / 22 = 15.
        assertEquals(new BigDecimal("15.00"), beregn(JUNI_2021, List.of(starter, slutter)));
    }

    @Test
    void tiltakOverAarsskiftet() {
        List<Tiltaksperiode> tiltak = List.of(periode("2021-12-20", "2022-01-10", "10"));
        assertEquals(new BigDecimal("4.35"), beregn(YearMonth.of(2021, 12), tiltak));  // 10 / 23
        assertEquals(new BigDecimal("2.86"), beregn(YearMonth.of(2022, 1), tiltak));   // 6 / 21
    }

    @Test
    void endagstiltak() {
        assertEquals(new BigDecimal("1.00"), beregn(JUNI_2021, List.of(periode("2021-06-15", "2021-06-15", "22"))));
        assertEquals(new BigDecimal("0.00"), beregn(YearMonth.of(2021, 5), List.of(periode("2021-05-17", "2021-05-17", "22"))));
    }

    @Test
    void overlappendeTiltakSummeres() {
        List<Tiltaksperiode> tiltak = List.of(
                periode("2021-06-01", "2021-06-30", "10"),
                periode("2021-05-01", "2021-07-31", "5"));
        assertEquals(new BigDecimal("15.00"), beregn(JUNI_2021, tiltak));
    }

    @Test
    void ingenTiltakGirNull() {
        assertEquals(new BigDecimal("0.00"), beregn(JUNI_2021, List.of()));
    }

    @Test
    void bareDagerInnenforBaadeTiltaketOgOrdningenTeller() {
        List<Tiltaksperiode> tiltak = List.of(periode("2021-06-01", "2021-06-30", "20"));
        // Ordning from 15 June: 12 of 22 days.
        assertEquals(new BigDecimal("10.91"), Maanedsgjennomsnitt.beregn(JUNI_2021, tiltak,
                new Ordningsperiode(LocalDate.of(2021, 6, 15), null)));
        // Ordning closed 11 June: 9 of 22 days.
        assertEquals(new BigDecimal("8.18"), Maanedsgjennomsnitt.beregn(JUNI_2021, tiltak,
                new Ordningsperiode(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 11))));
        assertEquals(new BigDecimal("20.00"), beregn(JUNI_2021, tiltak));
    }

    @Test
    void maanedUtenArbeidsdagerIOrdningenGirNull() {
        List<Tiltaksperiode> tiltak = List.of(periode("2021-05-01", "2021-06-30", "20"));
        assertEquals(new BigDecimal("0.00"), Maanedsgjennomsnitt.beregn(JUNI_2021, tiltak,
                new Ordningsperiode(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 5, 31))));
        // Saturday to Whit Monday: no working day inside the ordning.
        assertEquals(new BigDecimal("0.00"), Maanedsgjennomsnitt.beregn(YearMonth.of(2021, 5), tiltak,
                new Ordningsperiode(LocalDate.of(2021, 5, 22), LocalDate.of(2021, 5, 24))));
    }

    @Test
    void periodeneMaaSlutteEtterStart() {
        assertThrows(IllegalArgumentException.class, () -> periode("2021-06-02", "2021-06-01", "10"));
        assertThrows(IllegalArgumentException.class,
                () -> new Ordningsperiode(LocalDate.of(2021, 6, 2), LocalDate.of(2021, 6, 1)));
    }

    private static BigDecimal beregn(YearMonth maaned, List<Tiltaksperiode> tiltak) {
        return Maanedsgjennomsnitt.beregn(maaned, tiltak, APEN);
    }

    private static Tiltaksperiode periode(String fra, String til, String timerPerUke) {
        return new Tiltaksperiode(LocalDate.parse(fra), LocalDate.parse(til), new BigDecimal(timerPerUke));
    }
}
