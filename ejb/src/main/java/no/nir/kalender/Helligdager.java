package no.nir.kalender;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Norwegian public holidays (helligdager and høytidsdager) that are not working days. */
public final class Helligdager {

    private static final Set<MonthDay> FASTE = Set.of(
            MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 17), MonthDay.of(12, 25), MonthDay.of(12, 26));

    /** Days relative to Easter Sunday: skjærtorsdag, langfredag, påskedag, 2. påskedag, Kristi himmelfart, pinsedag, 2. pinsedag. */
    private static final int[] BEVEGELIGE = {-3, -2, 0, 1, 39, 49, 50};

    private static final Map<Integer, Set<LocalDate>> CACHE = new ConcurrentHashMap<>();

    private Helligdager() {
    }

    /** The year's holidays in date order. */
    public static Set<LocalDate> iAar(int aar) {
        return CACHE.computeIfAbsent(aar, Helligdager::beregn);
    }

    public static boolean erHelligdag(LocalDate dato) {
        return iAar(dato.getYear()).contains(dato);
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate paaskedag(int aar) {
        int a = aar % 19;
        int b = aar / 100;
        int c = aar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maaned = (h + l - 7 * m + 114) / 31;
        int dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(aar, maaned, dag);
    }

    private static Set<LocalDate> beregn(int aar) {
        LocalDate paaske = paaskedag(aar);
        Stream<LocalDate> faste = FASTE.stream().map(md -> md.atYear(aar));
        Stream<LocalDate> bevegelige = Arrays.stream(BEVEGELIGE).mapToObj(paaske::plusDays);
        return Collections.unmodifiableSortedSet(
                Stream.concat(faste, bevegelige).collect(Collectors.toCollection(TreeSet::new)));
    }
}
