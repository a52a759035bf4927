package no.nir.tiltak;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import no.nir.kalender.Arbeidsdager;

/**
 * Average hours per week in a month (SPEC §3 "The month average"): each tiltak's hours are
 * weighted by the share of the month's working days it covers inside the ordning, so a tiltak
 * running half the month counts half, and its days after the ordning closed count nowhere.
 * Used only through {@link Tiltaksmaaneder}, the one path the pages and the API take.
 */
final class Maanedsgjennomsnitt {

    private static final BigDecimal NULL = new BigDecimal("0.00");

    private Maanedsgjennomsnitt() {
    }

    /**
     * The denominator is always the whole month's working days, so a month the ordning only partly
     * covers gets a lower average. The caller leaves out deleted tiltak.
     */
    static BigDecimal beregn(YearMonth maaned, Collection<Tiltaksperiode> tiltak, Ordningsperiode ordning) {
        LocalDate fra = senest(maaned.atDay(1), ordning.fra());
        LocalDate til = ordning.til() == null ? maaned.atEndOfMonth() : tidligst(maaned.atEndOfMonth(), ordning.til());
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

    static <T extends Comparable<? super T>> T tidligst(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static <T extends Comparable<? super T>> T senest(T a, T b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
