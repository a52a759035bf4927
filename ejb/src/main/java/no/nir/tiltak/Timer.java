package no.nir.tiltak;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one way hours are written, in the pages, the dialog and the innsynslogg: 7.5, 25, 25.53. */
public final class Timer {

    private Timer() {
    }

    /** A dot as in the user guide, no trailing zeros; "" for none. */
    public static String tekst(BigDecimal timer) {
        return timer == null ? "" : timer.stripTrailingZeros().toPlainString();
    }

    /** A month's average always with two decimals, as the user guide writes it: 25.53, 7.50, 0.00. */
    public static String gjennomsnitt(BigDecimal timer) {
        return timer.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
