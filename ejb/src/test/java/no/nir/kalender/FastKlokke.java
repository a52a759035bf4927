package no.nir.kalender;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A clock stopped at one instant in Norwegian time, for the rules that depend on today. The
 * services ask {@code LocalDate.now(klokke)} of the application's {@link Norsktid} clock; tests ask
 * the same of this one, so "today" is what it was in Oslo at that instant (22:30 UTC on 31 March
 * 2024 is already 1 April there).
 */
public final class FastKlokke {

    private FastKlokke() {
    }

    /** @param instant an ISO instant in UTC, e.g. {@code 2025-12-31T23:00:00Z} (midnight in Oslo) */
    public static Clock paa(String instant) {
        return Clock.fixed(Instant.parse(instant), Norsktid.SONE);
    }

    /** Today in Oslo at that instant, as the services compute it. */
    public static LocalDate idag(String instant) {
        return LocalDate.now(paa(instant));
    }
}
