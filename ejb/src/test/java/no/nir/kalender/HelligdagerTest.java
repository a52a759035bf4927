package no.nir.kalender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HelligdagerTest {

    @ParameterizedTest
    @CsvSource({"2000, 2000-04-23", "2019, 2019-04-21", "2021, 2021-04-04", "2024, 2024-03-31",
            "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25"})
    void paaskedag(int aar, LocalDate paaske) {
        assertEquals(paaske, Helligdager.paaskedag(aar));
    }

    @Test
    void helligdager2024() {
        List<LocalDate> forventet = List.of(
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 3, 28),   // skjærtorsdag
                LocalDate.of(2024, 3, 29),   // langfredag
                LocalDate.of(2024, 3, 31),
                LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 5, 9),    // Kristi himmelfartsdag
                LocalDate.of(2024, 5, 17),
                LocalDate.of(2024, 5, 19),   // pinsedag
                LocalDate.of(2024, 5, 20),
                LocalDate.of(2024, 12, 25),
                LocalDate.of(2024, 12, 26));
        assertEquals(forventet, List.copyOf(Helligdager.iAar(2024)));
    }

    @Test
    void himmelfartPaaFoersteMai() {
        // 2008: Kristi himmelfartsdag fell on 1 May, so the year has one holiday date fewer.
        assertTrue(Helligdager.erHelligdag(LocalDate.of(2008, 5, 1)));
        assertEquals(11, Helligdager.iAar(2008).size());
    }

    @Test
    void helligdager2026() {
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 17), LocalDate.of(2026, 5, 24), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 26)), List.copyOf(Helligdager.iAar(2026)));
    }

    @Test
    void andrePinsedagPaaSyttendeMai() {
        // 2027: Easter 28 March, so 2. pinsedag is 17 May and the year has one holiday date fewer.
        assertEquals(LocalDate.of(2027, 3, 28), Helligdager.paaskedag(2027));
        assertTrue(Helligdager.erHelligdag(LocalDate.of(2027, 3, 25)), "skjærtorsdag");
        assertTrue(Helligdager.erHelligdag(LocalDate.of(2027, 5, 6)), "Kristi himmelfartsdag");
        assertEquals(11, Helligdager.iAar(2027).size());
    }

    @Test
    void vanligDag() {
        assertFalse(Helligdager.erHelligdag(LocalDate.of(2025, 12, 24)));
    }
}
