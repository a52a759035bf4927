package no.nir.tiltak;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The period of the ordning a month table belongs to (SPEC §3 "The month average"): only a
 * tiltak's days inside it count.
 *
 * @param til null while the ordning is open
 */
public record Ordningsperiode(LocalDate fra, LocalDate til) {

    public Ordningsperiode {
        Objects.requireNonNull(fra, "fra");
        if (til != null && til.isBefore(fra)) {
            throw new IllegalArgumentException("Ordningen slutter før den starter: " + fra + "–" + til);
        }
    }

    /** The month the ordning last covers: its til-dato's, or this month's while it is open. */
    public YearMonth sisteMaaned(LocalDate idag) {
        return YearMonth.from(til == null ? idag : til);
    }

    /** Whether a tiltak ending on this date ran past the ordning's end (the ordning closed before it). */
    public boolean sluttetFor(LocalDate tiltakTil) {
        return til != null && tiltakTil.isAfter(til);
    }
}
