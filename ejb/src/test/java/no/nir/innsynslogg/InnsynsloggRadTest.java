package no.nir.innsynslogg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import no.nir.kalender.FastKlokke;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A log line's moment, stored from the application's clock, shown in Oslo time also the nights the clocks change. */
class InnsynsloggRadTest {

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource({
            "2025-12-31T23:30:00Z, 2026-01-01T00:30",  // already the new year in Oslo
            "2026-03-29T00:59:59Z, 2026-03-29T01:59:59",
            "2026-03-29T01:00:00Z, 2026-03-29T03:00",     // 02:00 never happens that night
            "2025-10-26T00:30:00Z, 2025-10-26T02:30",     // summer time …
            "2025-10-26T01:30:00Z, 2025-10-26T02:30",     // … and the same hour again in winter time
    })
    void tidspunktetVisesINorskTid(String instant, LocalDateTime vist) {
        Instant tidspunkt = FastKlokke.paa(instant).instant();
        InnsynsloggRad rad = new InnsynsloggRad(1, tidspunkt, "skriv", Handling.LES_PERSON, 2, "202500000001",
                "Navn", "4204", "");
        assertEquals(vist, rad.norskTid());
    }
}
