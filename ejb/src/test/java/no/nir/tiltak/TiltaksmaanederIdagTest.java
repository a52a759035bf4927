package no.nir.tiltak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.nir.kalender.FastKlokke;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The month table's current month on fixed days in Oslo (TiltakService asks
 * {@code LocalDate.now(klokke)}): an open ordning runs to this month, and this month turns at
 * midnight in Oslo, not in UTC, also across a year end and the nights the clocks change.
 */
class TiltaksmaanederIdagTest {

    private static final Ordningsperiode APEN = new Ordningsperiode(LocalDate.of(2023, 11, 6), null);

    @ParameterizedTest(name = "{0}: newest month {1}")
    @CsvSource({
            "2025-12-31T22:59:59Z, 2025-12",  // 31 December 23:59:59 in Oslo
            "2025-12-31T23:00:00Z, 2026-01",  // midnight in Oslo; still 31 December in UTC
            "2024-03-31T21:59:59Z, 2024-03",  // Easter Sunday, the night summer time began
            "2024-03-31T22:00:00Z, 2024-04",  // 2. påskedag 00:00 (UTC+2)
            "2027-10-31T22:59:59Z, 2027-10",  // the Sunday summer time ends, 23:59:59 (UTC+1)
            "2027-10-31T23:00:00Z, 2027-11",
            "2026-01-31T22:59:59Z, 2026-01",  // a month end in winter
            "2026-02-28T23:00:00Z, 2026-03",
    })
    void aapenOrdningGaarTilDenneMaanedenIOslo(String instant, YearMonth nyest) {
        List<TiltakMaaned> tabell = Tiltaksmaaneder.lag(APEN, FastKlokke.idag(instant), List.of());
        assertEquals(nyest, tabell.get(0).maaned());
        assertEquals(YearMonth.of(2023, 11), tabell.get(tabell.size() - 1).maaned());
    }

    @Test
    void lukketOrdningSlutterISinMaanedUansettDag() {
        Ordningsperiode lukket = new Ordningsperiode(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
        for (String instant : List.of("2025-12-31T22:59:59Z", "2025-12-31T23:00:00Z", "2027-10-31T23:00:00Z")) {
            assertEquals(List.of(YearMonth.of(2025, 12), YearMonth.of(2025, 11), YearMonth.of(2025, 10)),
                    Tiltaksmaaneder.lag(lukket, FastKlokke.idag(instant), List.of()).stream().map(TiltakMaaned::maaned).toList());
        }
    }

    @Test
    void ordningSomStarterIMorgenHarIngenMaanedFoerDagenKommer() {
        // Bosatt 1 February 2026: the Introduksjonsprogram opens that day. On 31 January the table is
        // empty (the months run from the ordning's start to this month); at midnight in Oslo February appears.
        Ordningsperiode imorgen = new Ordningsperiode(LocalDate.of(2026, 2, 1), null);
        assertEquals(List.of(), Tiltaksmaaneder.lag(imorgen, FastKlokke.idag("2026-01-31T22:59:59Z"), List.of()));
        assertEquals(List.of(YearMonth.of(2026, 2)), Tiltaksmaaneder.lag(imorgen, FastKlokke.idag("2026-01-31T23:00:00Z"),
                List.of()).stream().map(TiltakMaaned::maaned).toList());
    }

    @Test
    void gjennomsnittetIPaaskemaanedenErDetSammeHeleMaaneden() {
        // April 2026: 19 working days (2, 3 and 6 April are holidays). A tiltak 30 March–10 April, 19 t:
        // 1, 7, 8, 9 and 10 April count, 5 × 19 / 19 = 5.00, on Maundy Thursday as on the last day.
        TiltakRad paaske = new TiltakRad(1, 0, "NORSK_SAMF", "Norsk", true, "NORSKOPPLAERING", "Norskopplæring", true,
                LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 10), new BigDecimal("19"), false, null, null,
                "Kristiansand", "skriv", LocalDate.of(2026, 3, 1), null, null, null, null, false);
        for (String instant : List.of("2026-04-01T22:00:00Z", "2026-04-30T21:59:59Z", "2027-01-01T00:00:00Z")) {
            List<TiltakMaaned> tabell = Tiltaksmaaneder.lag(APEN, FastKlokke.idag(instant), List.of(paaske));
            TiltakMaaned april = tabell.stream().filter(m -> m.maaned().equals(YearMonth.of(2026, 4))).findFirst().orElseThrow();
            assertEquals(new BigDecimal("5.00"), april.gjennomsnitt(), instant);
        }
    }
}
