package no.nir.tiltak;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * One month of the report. Each person's month average is the ordning page's (SPEC "The month
 * average"); {@code sumSnitt} adds them up, and the averages divide that sum by all persons in the
 * ordning (those without tiltak count as 0) or by those with tiltak only.
 *
 * @param personer persons in the ordning Kvalifisering for mottaksbeboere any day of the month
 * @param medTiltak of them, those with a tiltak (not deleted) on a day of the month inside the ordning
 * @param timerPerGruppe per tiltaksgruppe (report order): the persons' month averages of that group's tiltak, added up
 */
public record TiltaksrapportMaaned(YearMonth maaned, long personer, long medTiltak, BigDecimal sumSnitt,
                                   List<BigDecimal> timerPerGruppe) implements Serializable {

    private static final BigDecimal HUNDRE = BigDecimal.valueOf(100);

    public TiltaksrapportMaaned {
        timerPerGruppe = List.copyOf(timerPerGruppe);
    }

    /** Share of the persons with tiltak, in percent with one decimal; 0.0 when there are none. */
    public BigDecimal andelMedTiltak() {
        return personer == 0 ? new BigDecimal("0.0")
                : HUNDRE.multiply(BigDecimal.valueOf(medTiltak)).divide(BigDecimal.valueOf(personer), 1, RoundingMode.HALF_UP);
    }

    /** Hours per week offered on average to every person in the ordning, two decimals. */
    public BigDecimal snitt() {
        return del(sumSnitt, personer);
    }

    /** Hours per week on average for the persons who had tiltak. */
    public BigDecimal snittMedTiltak() {
        return del(sumSnitt, medTiltak);
    }

    private static BigDecimal del(BigDecimal sum, long antall) {
        return antall == 0 ? new BigDecimal("0.00") : sum.divide(BigDecimal.valueOf(antall), 2, RoundingMode.HALF_UP);
    }
}
