package no.nir.tiltak;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import no.nir.kalender.Arbeidsdager;

/**
 * Average hours per week in a month: each tiltak's hours are weighted by the share of the month's
 * working days it covers, so a tiltak running half the month counts half.
 */
public final class Maanedsgjennomsnitt {

    private static final BigDecimal NULL = new BigDecimal("0.00");

    private Maanedsgjennomsnitt() {
    }

    /** The caller leaves out deleted tiltak. */
    public static BigDecimal beregn(YearMonth maaned, Collection<Tiltaksperiode> tiltak) {
        return beregn(maaned, tiltak, maaned.atDay(1), maaned.atEndOfMonth());
    }

    /**
     * As {@link #beregn(YearMonth, Collection)}, but only days inside the ordning count.
     * The denominator is still the whole month, so a month the ordning only partly covers gets a lower average.
     *
     * @param ordningTil null while the ordning is open
     */
    public static BigDecimal beregn(YearMonth maaned, Collection<Tiltaksperiode> tiltak,
                                    LocalDate ordningFra, LocalDate ordningTil) {
        LocalDate fra = senest(maaned.atDay(1), ordningFra);
        LocalDate til = ordningTil == null ? maaned.atEndOfMonth() : tidligst(maaned.atEndOfMonth(), ordningTil);
        int arbeidsdager = Arbeidsdager.iMaaned(maaned);
        if (arbeidsdager == 0 || Arbeidsdager.mellom(fra, til) == 0) {
            return NULL;
        }
        BigDecimal timer = BigDecimal.ZERO;
        for (Tiltaksperiode t : tiltak) {
            int dager = Arbeidsdager.mellom(senest(fra, t.fra()), tidligst(til, t.til()));
            timer = timer.add(t.timerPerUke().multiply(BigDecimal.valueOf(dager)));
        }
        // Divide once at the end so the rounding happens only once.
        return timer.divide(BigDecimal.valueOf(arbeidsdager), 2, RoundingMode.HALF_UP);
    }

    /**
     * The months to show for an ordning, newest first: from the ordning's start or the earliest tiltak,
     * whichever is first, to today or the last tiltak's end, whichever is last.
     */
    public static List<YearMonth> maaneder(LocalDate ordningFra, LocalDate idag, Collection<Tiltaksperiode> tiltak) {
        YearMonth forste = tiltak.stream().map(t -> YearMonth.from(t.fra()))
                .reduce(YearMonth.from(ordningFra), Maanedsgjennomsnitt::tidligst);
        YearMonth siste = tiltak.stream().map(t -> YearMonth.from(t.til()))
                .reduce(YearMonth.from(idag), Maanedsgjennomsnitt::senest);
        List<YearMonth> maaneder = new ArrayList<>();
        for (YearMonth m = siste; !m.isBefore(forste); m = m.minusMonths(1)) {
            maaneder.add(m);
        }
        return maaneder;
    }

    private static <T extends Comparable<? super T>> T tidligst(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static <T extends Comparable<? super T>> T senest(T a, T b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
