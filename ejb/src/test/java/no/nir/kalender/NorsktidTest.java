package no.nir.kalender;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The application's clock tells Norwegian dates, whatever zone the server runs in. */
class NorsktidTest {

    @Test
    void applikasjonensKlokkeGaarINorskTid() {
        assertEquals(ZoneId.of("Europe/Oslo"), new Norsktid().klokke().getZone());
        assertEquals(Norsktid.SONE, FastKlokke.paa("2026-01-01T00:00:00Z").getZone(), "the tests' clock has the same zone");
    }

    @ParameterizedTest(name = "{0} is {1} in Oslo")
    @CsvSource({
            // Year end: Oslo is an hour ahead of UTC in winter.
            "2025-12-31T22:59:59Z, 2025-12-31T23:59:59",
            "2025-12-31T23:00:00Z, 2026-01-01T00:00",
            // Summer time starts 01:00 UTC on the last Sunday of March: 02:00 becomes 03:00.
            "2025-03-30T00:59:59Z, 2025-03-30T01:59:59",
            "2025-03-30T01:00:00Z, 2025-03-30T03:00",
            // 31 March 2024 was Easter Sunday, the last Sunday of March and a month end: midnight is 22:00 UTC.
            "2024-03-31T21:59:59Z, 2024-03-31T23:59:59",
            "2024-03-31T22:00:00Z, 2024-04-01T00:00",
            // Summer time ends 01:00 UTC on the last Sunday of October: 02:00–03:00 comes twice.
            "2025-10-26T00:30:00Z, 2025-10-26T02:30",
            "2025-10-26T01:30:00Z, 2025-10-26T02:30",
            // 31 October 2027 is that Sunday and a month end: midnight is 23:00 UTC again.
            "2027-10-31T22:59:59Z, 2027-10-31T23:59:59",
            "2027-10-31T23:00:00Z, 2027-11-01T00:00",
    })
    void datoenSkifterVedMidnattIOslo(String instant, LocalDateTime oslo) {
        assertEquals(oslo, LocalDateTime.now(FastKlokke.paa(instant)));
        assertEquals(oslo.toLocalDate(), FastKlokke.idag(instant));
    }
}
