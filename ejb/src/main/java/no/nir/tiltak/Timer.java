package no.nir.tiltak;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one way hours are written, in the pages, the dialog's field and the innsynslogg: hours per week
 * with the Norwegian decimal comma (7,5; 25), and the month average as SPEC and the user guide print it
 * (25.53, 0.00).
 */
public final class Timer {

    private Timer() {
    }

    /** Hours per week with a decimal comma, as they are typed, no trailing zeros: 7,5; "" for none. */
    public static String tekst(BigDecimal timer) {
        return timer == null ? "" : timer.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** A month's average always with two decimals and a dot, as SPEC (§3, the month table) and the user guide write it: 25.53, 0.00. */
    public static String gjennomsnitt(BigDecimal timer) {
        return timer.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
