package no.nir.ordning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import no.nir.kalender.FastKlokke;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The overview's "frist passed" mark on fixed days in Oslo (OrdningService passes
 * {@code LocalDate.now(klokke)}): a frist passes at midnight in Oslo after its day.
 */
class OrdningRadTest {

    @ParameterizedTest(name = "frist {0}, at {1}: passed {2}")
    @CsvSource({
            "2026-01-31, 2026-01-31T22:59:59Z, false",  // the frist's own day, 23:59:59 in Oslo
            "2026-01-31, 2026-01-31T23:00:00Z, true",   // 1 February in Oslo, still 31 January in UTC
            "2024-03-31, 2024-03-31T21:59:59Z, false",  // Easter Sunday, the night summer time began
            "2024-03-31, 2024-03-31T22:00:00Z, true",
            "2027-10-31, 2027-10-31T22:59:59Z, false",  // the Sunday summer time ends
            "2027-10-31, 2027-10-31T23:00:00Z, true",
            "2025-12-31, 2025-12-31T23:00:00Z, true",   // year end
    })
    void fristenPassererVedMidnattIOslo(LocalDate frist, String instant, boolean passert) {
        assertEquals(passert, OrdningRad.fristPassertPa(OrdningStatus.AKTIV, frist, FastKlokke.idag(instant)));
    }

    @Test
    void bareAktiveOrdningerMedFristKanHaPassertFristen() {
        LocalDate idag = FastKlokke.idag("2026-01-31T23:00:00Z");
        LocalDate igaar = LocalDate.of(2026, 1, 31);
        assertEquals(false, OrdningRad.fristPassertPa(OrdningStatus.INAKTIV, igaar, idag));
        assertEquals(false, OrdningRad.fristPassertPa(OrdningStatus.FULLFORT, igaar, idag));
        assertEquals(false, OrdningRad.fristPassertPa(OrdningStatus.AKTIV, null, idag));
    }

    @Test
    void aktiveForstDeretterEtterStart() {
        OrdningRad inaktivTidlig = rad(1, OrdningStatus.INAKTIV, "2023-01-01");
        OrdningRad aktivSen = rad(2, OrdningStatus.AKTIV, "2024-06-01");
        OrdningRad aktivTidlig = rad(3, OrdningStatus.AKTIV, "2024-01-01");
        OrdningRad fullfort = rad(4, OrdningStatus.FULLFORT, "2022-01-01");
        OrdningRad aktivSammeDag = rad(5, OrdningStatus.AKTIV, "2024-01-01");
        assertEquals(List.of(aktivTidlig, aktivSammeDag, aktivSen, fullfort, inaktivTidlig),
                Stream.of(aktivSen, inaktivTidlig, aktivSammeDag, fullfort, aktivTidlig).sorted(OrdningRad.AKTIVE_FORST).toList());
    }

    private static OrdningRad rad(long id, OrdningStatus status, String fra) {
        return new OrdningRad(id, OrdningType.INTRODUKSJONSPROGRAM, LocalDate.parse(fra), null, status, null, false);
    }
}
