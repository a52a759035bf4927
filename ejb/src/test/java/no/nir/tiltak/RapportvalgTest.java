package no.nir.tiltak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import no.nir.kalender.FastKlokke;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The report's default period on fixed days in Oslo (TiltaksrapportService asks
 * {@code medStandard(LocalDate.now(klokke))}): the 12 whole months before this month, which turns
 * at midnight in Oslo; and the periods that cannot be reported.
 */
class RapportvalgTest {

    @ParameterizedTest(name = "{0}: {1}–{2}")
    @CsvSource({
            "2025-12-31T22:59:59Z, 2024-12, 2025-11",  // 31 December, 23:59:59 in Oslo
            "2025-12-31T23:00:00Z, 2025-01, 2025-12",  // 1 January in Oslo, still 31 December in UTC
            "2024-03-31T21:59:59Z, 2023-03, 2024-02",  // Easter Sunday, summer time began that night
            "2024-03-31T22:00:00Z, 2023-04, 2024-03",  // 2. påskedag 00:00 (UTC+2)
            "2027-10-31T22:59:59Z, 2026-10, 2027-09",  // summer time ended that night
            "2027-10-31T23:00:00Z, 2026-11, 2027-10",
            "2026-03-01T00:00:00Z, 2025-03, 2026-02",  // 1 March 01:00 in Oslo
    })
    void standardperiodenErDeTolvHeleMaanedeneFoerDenneIOslo(String instant, YearMonth fra, YearMonth til) {
        Rapportvalg valg = new Rapportvalg(null, null, null, null).medStandard(FastKlokke.idag(instant));
        assertEquals(new Rapportvalg(fra, til, null, null), valg);
        assertNull(valg.feil());
    }

    @Test
    void enGittMaanedFyllerUtTilTolvMaaneder() {
        String midnatt = "2025-12-31T23:00:00Z";
        assertEquals(new Rapportvalg(YearMonth.of(2024, 3), YearMonth.of(2025, 2), null, null),
                new Rapportvalg(YearMonth.of(2024, 3), null, null, null).medStandard(FastKlokke.idag(midnatt)),
                "from a fra month: twelve months on, whatever today is");
        assertEquals(new Rapportvalg(YearMonth.of(2024, 4), YearMonth.of(2025, 3), null, null),
                new Rapportvalg(null, YearMonth.of(2025, 3), null, null).medStandard(FastKlokke.idag(midnatt)),
                "to a til month: the twelve months ending there");
        assertEquals(new Rapportvalg(YearMonth.of(2021, 5), YearMonth.of(2021, 6), "42", "4204"),
                new Rapportvalg(YearMonth.of(2021, 5), YearMonth.of(2021, 6), "42", "4204").medStandard(FastKlokke.idag(midnatt)));
        assertEquals(new Rapportvalg(YearMonth.of(2025, 1), YearMonth.of(2025, 12), null, null),
                new Rapportvalg(null, null, " ", "").medStandard(FastKlokke.idag(midnatt)), "a blank area means all");
    }

    @ParameterizedTest(name = "{0}–{1}: {2}")
    @CsvSource(nullValues = "OK", value = {
            "2025-01, 2025-01, OK",
            "2025-02, 2025-01, Til-måneden kan ikke være før fra-måneden.",
            "2000-01, 2000-12, OK",
            "1999-12, 2000-12, Perioden må ligge mellom januar 2000 og desember 2099.",
            "2099-01, 2099-12, OK",
            "2099-01, 2100-01, Perioden må ligge mellom januar 2000 og desember 2099.",
            "2020-01, 2024-12, OK",
            "2020-01, 2025-01, Perioden kan være høyst 60 måneder.",
    })
    void perioderSomIkkeKanRapporteres(YearMonth fra, YearMonth til, String feil) {
        assertEquals(feil, new Rapportvalg(fra, til, null, null).feil());
    }
}
