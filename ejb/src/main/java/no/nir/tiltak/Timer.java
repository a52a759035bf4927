package no.nir.tiltak;

import java.math.BigDecimal;

/** The one way hours are written, in the pages, the dialog and the innsynslogg: 7.5, 25, 25.53. */
public final class Timer {

    private Timer() {
    }

    /** A dot as in the user guide, no trailing zeros; "" for none. */
    public static String tekst(BigDecimal timer) {
        return timer == null ? "" : timer.stripTrailingZeros().toPlainString();
    }
}
