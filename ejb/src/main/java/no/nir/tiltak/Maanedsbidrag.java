package no.nir.tiltak;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one ordning of Kvalifisering for mottaksbeboere adds to each month of the report: whether
 * the month is its first ({@code inn}) or last ({@code ut}), whether a tiltak has a day inside both
 * the month and the ordning, the ordning's month average (the same rule as its month table), and
 * that average for each tiltaksgruppe's tiltak alone. Months without any of these are left out.
 *
 * @param maaned the month
 * @param timerPerGruppe tiltaksgruppe code → the month average of that group's tiltak, in code order
 */
public record Maanedsbidrag(YearMonth maaned, boolean inn, boolean ut, boolean medTiltak, BigDecimal snitt,
                            Map<String, BigDecimal> timerPerGruppe) {

    /** A tiltak that is not deleted, with its tiltaksgruppe. */
    public record GruppeTiltak(String gruppe, Tiltaksperiode periode) {
    }

    private static final BigDecimal NULL = new BigDecimal("0.00");

    public Maanedsbidrag {
        timerPerGruppe = Collections.unmodifiableSortedMap(new TreeMap<>(timerPerGruppe));
    }

    /**
     * @param ordningTil null while the ordning is open
     * @return the months in time order
     */
    public static List<Maanedsbidrag> beregn(LocalDate ordningFra, LocalDate ordningTil, List<GruppeTiltak> tiltak) {
        Objects.requireNonNull(ordningFra, "ordningFra");
        YearMonth forste = YearMonth.from(ordningFra);
        YearMonth siste = ordningTil == null ? null : YearMonth.from(ordningTil);
        TreeSet<YearMonth> maaneder = new TreeSet<>();
        maaneder.add(forste);
        if (siste != null) {
            maaneder.add(siste);
        }
        Map<YearMonth, List<GruppeTiltak>> iMaaned = new TreeMap<>();
        for (GruppeTiltak t : tiltak) {
            LocalDate fra = t.periode().fra().isAfter(ordningFra) ? t.periode().fra() : ordningFra;
            LocalDate til = ordningTil != null && t.periode().til().isAfter(ordningTil) ? ordningTil : t.periode().til();
            // Days outside the ordning count nowhere, so a month counts only where the two overlap.
            for (YearMonth m = YearMonth.from(fra); !til.isBefore(fra) && !m.isAfter(YearMonth.from(til)); m = m.plusMonths(1)) {
                iMaaned.computeIfAbsent(m, x -> new ArrayList<>()).add(t);
                maaneder.add(m);
            }
        }
        List<Maanedsbidrag> bidrag = new ArrayList<>();
        for (YearMonth m : maaneder) {
            List<GruppeTiltak> tiltakIMaaned = iMaaned.getOrDefault(m, List.of());
            Map<String, List<Tiltaksperiode>> perGruppe = new TreeMap<>();
            tiltakIMaaned.forEach(t -> perGruppe.computeIfAbsent(t.gruppe(), g -> new ArrayList<>()).add(t.periode()));
            Map<String, BigDecimal> timer = new TreeMap<>();
            perGruppe.forEach((gruppe, perioder) -> timer.put(gruppe, snitt(m, perioder, ordningFra, ordningTil)));
            BigDecimal snitt = tiltakIMaaned.isEmpty() ? NULL
                    : snitt(m, tiltakIMaaned.stream().map(GruppeTiltak::periode).toList(), ordningFra, ordningTil);
            bidrag.add(new Maanedsbidrag(m, m.equals(forste), m.equals(siste), !tiltakIMaaned.isEmpty(), snitt, timer));
        }
        return bidrag;
    }

    /** The month rule of the ordning page, so the report and the month table always agree. */
    private static BigDecimal snitt(YearMonth maaned, List<Tiltaksperiode> perioder, LocalDate fra, LocalDate til) {
        return Maanedsgjennomsnitt.beregn(maaned, perioder, new Ordningsperiode(fra, til));
    }
}
