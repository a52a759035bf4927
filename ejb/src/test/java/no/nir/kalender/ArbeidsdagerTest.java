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
