package no.nir.kalender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArbeidsdagerTest {

    @Test
    void helgOgHelligdagErIkkeArbeidsdag() {
        assertTrue(Arbeidsdager.erArbeidsdag(LocalDate.of(2021, 4, 6)));
        assertFalse(Arbeidsdager.erArbeidsdag(LocalDate.of(2021, 4, 3)));  // lørdag
        assertFalse(Arbeidsdager.erArbeidsdag(LocalDate.of(2021, 4, 5)));  // 2. påskedag
        assertFalse(Arbeidsdager.erArbeidsdag(LocalDate.of(2021, 5, 17)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2021-04, 19",  // 1., 2. og 5. april er helligdager
            "2021-05, 18",  // 13. mai himmelfart, 17. mai, 24. mai 2. pinsedag
            "2021-06, 22",
            "2021-12, 23",  // jul i helgen
            "2023-12, 19",  // 25. og 26. desember på mandag og tirsdag
            "2022-01, 21",
            "2025-04, 19",  // skjærtorsdag 17, langfredag 18, 2. påskedag 21 April
            "2025-05, 20",  // 1 May, Kristi himmelfart 29 May; 17 May is a Saturday
            "2025-06, 20",  // 2. pinsedag 9 June
            "2025-12, 21",  // 25 and 26 December, Thursday and Friday
            "2026-01, 21",  // 1 January, Thursday
            "2026-04, 19",  // 2, 3 and 6 April
            "2026-05, 18",  // 1 May, himmelfart 14 May, 2. pinsedag 25 May; 17 May is a Sunday
            "2027-03, 20",  // 25, 26 and 29 March
            "2027-05, 19",  // himmelfart 6 May; 2. pinsedag falls on 17 May
    })
    void iMaaned(YearMonth maaned, int arbeidsdager) {
        assertEquals(arbeidsdager, Arbeidsdager.iMaaned(maaned));
    }

    @Test
    void mellomTellerBeggeEndepunkter() {
        assertEquals(1, Arbeidsdager.mellom(LocalDate.of(2021, 6, 15), LocalDate.of(2021, 6, 15)));
        assertEquals(5, Arbeidsdager.mellom(LocalDate.of(2021, 6, 14), LocalDate.of(2021, 6, 20)));
        assertEquals(10, Arbeidsdager.mellom(LocalDate.of(2021, 12, 20), LocalDate.of(2022, 1, 2)));
    }

    @Test
    void mellomErNullNaarTilErFoerFra() {
        assertEquals(0, Arbeidsdager.mellom(LocalDate.of(2021, 6, 15), LocalDate.of(2021, 6, 14)));
    }
}
