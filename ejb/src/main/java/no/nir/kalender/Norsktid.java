package no.nir.kalender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application: Norwegian time, whatever zone the server runs in. Every
 * "today" and every timestamp comes from the injected {@link Clock}, so a date never depends on the
 * server's zone and tests can use the very same clock.
 */
@ApplicationScoped
public class Norsktid {

    public static final ZoneId SONE = ZoneId.of("Europe/Oslo");

    @Produces
    Clock klokke() {
        return Clock.system(SONE);
    }
}
