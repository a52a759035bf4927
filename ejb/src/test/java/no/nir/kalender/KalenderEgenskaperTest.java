package no.nir.kalender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Holidays and working days as properties, with Easter checked against a second algorithm (Gauss). */
class KalenderEgenskaperTest {

    @Provide
    Arbitrary<LocalDate> datoer() {
        return Arbitraries.integers().between(0, 365 * 30).map(LocalDate.of(2000, 1, 1)::plusDays);
    }

    @Property(tries = 1000)
    void paaskedagenErGaussSinSondagMellom22MarsOg25April(@ForAll @IntRange(min = 1583, max = 4099) int aar) {
        LocalDate paaske = Helligdager.paaskedag(aar);
        assertEquals(gauss(aar), paaske, "year " + aar);
        assertEquals(DayOfWeek.SUNDAY, paaske.getDayOfWeek());
        assertFalse(paaske.isBefore(LocalDate.of(aar, 3, 22)) || paaske.isAfter(LocalDate.of(aar, 4, 25)), paaske.toString());
    }

    @Property(tries = 300)
    void aaretsHelligdagerErDeFasteOgDeSjuRundtPaaske(@ForAll @IntRange(min = 1900, max = 2200) int aar) {
        LocalDate paaske = gauss(aar);
        Set<LocalDate> forventet = new TreeSet<>(List.of(LocalDate.of(aar, 1, 1), LocalDate.of(aar, 5, 1),
                LocalDate.of(aar, 5, 17), LocalDate.of(aar, 12, 25), LocalDate.of(aar, 12, 26),
                paaske.minusDays(3), paaske.minusDays(2), paaske, paaske.plusDays(1),
                paaske.plusDays(39), paaske.plusDays(49), paaske.plusDays(50)));
        assertEquals(List.copyOf(forventet), List.copyOf(Helligdager.iAar(aar)), "in date order, each once");
        assertEquals(DayOfWeek.THURSDAY, paaske.minusDays(3).getDayOfWeek(), "skjærtorsdag");
        assertEquals(DayOfWeek.THURSDAY, paaske.plusDays(39).getDayOfWeek(), "Kristi himmelfartsdag");
        assertEquals(DayOfWeek.MONDAY, paaske.plusDays(50).getDayOfWeek(), "2. pinsedag");
    }

    @Property
    void arbeidsdagErUkedagSomIkkeErHelligdag(@ForAll("datoer") LocalDate dato) {
        boolean helg = dato.getDayOfWeek() == DayOfWeek.SATURDAY || dato.getDayOfWeek() == DayOfWeek.SUNDAY;
        assertEquals(!helg && !Helligdager.iAar(dato.getYear()).contains(dato), Arbeidsdager.erArbeidsdag(dato));
        assertEquals(Helligdager.iAar(dato.getYear()).contains(dato), Helligdager.erHelligdag(dato));
        assertEquals(Arbeidsdager.erArbeidsdag(dato) ? 1 : 0, Arbeidsdager.mellom(dato, dato), "both ends count");
    }

    @Property
    void arbeidsdagerLeggesSammenOverEnHvilkenSomHelstDeling(@ForAll("datoer") LocalDate fra,
            @ForAll @IntRange(max = 400) int forste, @ForAll @IntRange(max = 400) int andre) {
        LocalDate deling = fra.plusDays(forste);
        LocalDate til = deling.plusDays(andre);
        assertEquals(Arbeidsdager.mellom(fra, til),
                Arbeidsdager.mellom(fra, deling) + Arbeidsdager.mellom(deling.plusDays(1), til));
    }

    @Property
    void enUkeHarHoystFemArbeidsdagerOgFemMinusHelligdageneIUken(@ForAll("datoer") LocalDate fra) {
        LocalDate til = fra.plusDays(6);
        long helligeUkedager = fra.datesUntil(til.plusDays(1))
                .filter(d -> d.getDayOfWeek().getValue() <= 5 && Helligdager.erHelligdag(d)).count();
        assertEquals(5 - helligeUkedager, Arbeidsdager.mellom(fra, til));
    }

    @Property
    void ingenArbeidsdagerNaarTilErFoerFra(@ForAll("datoer") LocalDate fra, @ForAll @IntRange(min = 1, max = 400) int dager) {
        assertEquals(0, Arbeidsdager.mellom(fra, fra.minusDays(dager)));
    }

    @Property(tries = 100)
    void aaretsMaanederSummererTilAaret(@ForAll @IntRange(min = 2000, max = 2040) int aar) {
        int sum = IntStream.rangeClosed(1, 12).map(m -> Arbeidsdager.iMaaned(YearMonth.of(aar, m))).sum();
        assertEquals(Arbeidsdager.mellom(LocalDate.of(aar, 1, 1), LocalDate.of(aar, 12, 31)), sum);
        assertTrue(sum >= 365 - 2 * 53 - 12 && sum <= 262, aar + ": " + sum);
    }

    /** Gauss's Easter algorithm for the Gregorian calendar, with its two exceptions. */
    private static LocalDate gauss(int aar) {
        int a = aar % 19;
        int b = aar % 4;
        int c = aar % 7;
        int k = aar / 100;
        int p = (13 + 8 * k) / 25;
        int q = k / 4;
        int m = (15 - p + k - q) % 30;
        int n = (4 + k - q) % 7;
        int d = (19 * a + m) % 30;
        int e = (2 * b + 4 * c + 6 * d + n) % 7;
        if (d == 29 && e == 6) {
            return LocalDate.of(aar, 4, 19);
        }
        if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
            return LocalDate.of(aar, 4, 18);
        }
        return LocalDate.of(aar, 3, 22).plusDays(d + e);
    }
}
