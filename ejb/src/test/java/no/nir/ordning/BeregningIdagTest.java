package no.nir.ordning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import no.nir.kalender.FastKlokke;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The beregning's date rules on fixed days in Oslo (BeregningService passes
 * {@code LocalDate.now(klokke)}): age on the day, frister three months on at month ends, and the
 * status and closing date that turn at midnight in Oslo across a year end, Easter and the nights the
 * clocks change.
 */
class BeregningIdagTest {

    private static final String ET_TIDSPUNKT = "2026-06-15T10:00:00Z";
    private static final LocalDate FODT = LocalDate.of(1990, 5, 5);

    private static List<BeregnetKategori> beregn(PersonFakta fakta, String instant) {
        return Beregning.beregn(fakta, List.of(), FastKlokke.idag(instant));
    }

    private static BeregnetKategori finn(List<BeregnetKategori> kategorier, KategoriType type) {
        return kategorier.stream().filter(k -> k.type() == type).findFirst().orElseThrow(() -> new AssertionError(type + " in " + kategorier));
    }

    private static List<OrdningType> typer(BeregnetKategori k) {
        return k.ordninger().stream().map(BeregnetOrdning::type).toList();
    }

    private static BeregnetOrdning ordning(BeregnetKategori k, OrdningType type) {
        return k.ordninger().stream().filter(o -> o.type() == type).findFirst().orElseThrow();
    }

    @Test
    void attenAarPaaTillatelsesdagenGirKompetansekartlegging() {
        LocalDate tillatelse = LocalDate.of(2025, 3, 28);
        BeregnetKategori atten = finn(beregn(new PersonFakta(LocalDate.of(2007, 3, 28), tillatelse, null, true, null),
                ET_TIDSPUNKT), KategoriType.KVALIFISERING_I_MOTTAK);
        assertEquals(tillatelse, atten.fra());
        assertEquals(List.of(OrdningType.KVALIFISERING_MOTTAKSBEBOERE, OrdningType.KOMPETANSEKARTLEGGING), typer(atten));

        // Born a day later: 17 at the permit, so no Kompetansekartlegging, and the kategori starts on the 18th birthday.
        BeregnetKategori sytten = finn(beregn(new PersonFakta(LocalDate.of(2007, 3, 29), tillatelse, null, true, null),
                ET_TIDSPUNKT), KategoriType.KVALIFISERING_I_MOTTAK);
        assertEquals(LocalDate.of(2025, 3, 29), sytten.fra());
        assertEquals(List.of(OrdningType.KVALIFISERING_MOTTAKSBEBOERE), typer(sytten));
    }

    @Test
    void attenAarsdagenPaaNyttaarsaften() {
        BeregnetKategori k = finn(beregn(new PersonFakta(LocalDate.of(2007, 12, 31), LocalDate.of(2025, 6, 2), null, true, null),
                "2025-12-31T22:59:59Z"), KategoriType.KVALIFISERING_I_MOTTAK);
        assertEquals(LocalDate.of(2025, 12, 31), k.fra());
        alle(k, OrdningStatus.AKTIV);
    }

    @Test
    void femtifemAarVedTillatelsenOverAarsskiftet() {
        // Born 1 January 1970: 55 on 31 December 2025, 56 on 1 January 2026.
        LocalDate fodt = LocalDate.of(1970, 1, 1);
        assertEquals(List.of(OrdningType.KVALIFISERING_MOTTAKSBEBOERE, OrdningType.KOMPETANSEKARTLEGGING),
                typer(finn(beregn(new PersonFakta(fodt, LocalDate.of(2025, 12, 31), null, true, null), ET_TIDSPUNKT),
                        KategoriType.KVALIFISERING_I_MOTTAK)));
        assertEquals(List.of(OrdningType.KVALIFISERING_MOTTAKSBEBOERE),
                typer(finn(beregn(new PersonFakta(fodt, LocalDate.of(2026, 1, 1), null, true, null), ET_TIDSPUNKT),
                        KategoriType.KVALIFISERING_I_MOTTAK)));
    }

    @ParameterizedTest(name = "permit {0}: Kompetansekartlegging frist {1}")
    @CsvSource({
            "2025-01-31, 2025-04-30",  // 31 January + 3 months: the end of April
            "2024-03-31, 2024-06-30",  // Easter Sunday, the night summer time began
            "2025-10-31, 2026-01-31",  // over the year end
            "2025-11-30, 2026-02-28",
            "2023-11-30, 2024-02-29",  // a leap year
            "2026-04-02, 2026-07-02",  // Maundy Thursday
    })
    void fristTreMaanederEtterTillatelsen(LocalDate tillatelse, LocalDate frist) {
        BeregnetKategori k = finn(beregn(new PersonFakta(FODT, tillatelse, null, true, null), ET_TIDSPUNKT),
                KategoriType.KVALIFISERING_I_MOTTAK);
        assertEquals(frist, ordning(k, OrdningType.KOMPETANSEKARTLEGGING).frist());
        assertNull(ordning(k, OrdningType.KVALIFISERING_MOTTAKSBEBOERE).frist());
    }

    @ParameterizedTest(name = "bosatt {0}: frist {1}")
    @CsvSource({
            "2025-08-31, 2025-11-30",
            "2025-10-31, 2026-01-31",
            "2025-11-30, 2026-02-28",
            "2025-12-31, 2026-03-31",
            "2027-10-31, 2028-01-31",  // the Sunday summer time ends
    })
    void fristTreMaanederEtterBosettingen(LocalDate bosetting, LocalDate frist) {
        List<BeregnetKategori> k = beregn(new PersonFakta(FODT, LocalDate.of(2025, 3, 3), bosetting, true, null),
                ET_TIDSPUNKT);
        assertEquals(frist, ordning(finn(k, KategoriType.INTRODUKSJONSPROGRAM), OrdningType.INTRODUKSJONSPROGRAM).frist());
        assertEquals(frist, ordning(finn(k, KategoriType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP),
                OrdningType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP).frist());
    }

    @ParameterizedTest(name = "bosatt {0}, at {1}: Kvalifisering i mottak {2}")
    @CsvSource({
            "2026-01-01, 2025-12-31T22:59:59Z, AKTIV",    // 31 December 23:59:59 in Oslo
            "2026-01-01, 2025-12-31T23:00:00Z, INAKTIV",  // midnight in Oslo, still 31 December in UTC
            "2024-04-01, 2024-03-31T21:59:59Z, AKTIV",    // Easter Sunday, summer time began that night
            "2024-04-01, 2024-03-31T22:00:00Z, INAKTIV",  // 2. påskedag 00:00 (UTC+2)
            "2027-11-01, 2027-10-31T22:59:59Z, AKTIV",    // summer time ended that night
            "2027-11-01, 2027-10-31T23:00:00Z, INAKTIV",
    })
    void kvalifiseringenBlirInaktivVedMidnattIOsloPaaBosettingsdagen(LocalDate bosetting, String instant, OrdningStatus status) {
        List<BeregnetKategori> k = beregn(new PersonFakta(FODT, LocalDate.of(2023, 3, 3), bosetting, true, null),
                instant);
        BeregnetKategori kvalifisering = finn(k, KategoriType.KVALIFISERING_I_MOTTAK);
        assertEquals(bosetting, kvalifisering.til());
        alle(kvalifisering, status);
        alle(finn(k, KategoriType.INTRODUKSJONSPROGRAM), OrdningStatus.AKTIV);
    }

    @Test
    void utflyttingLukkerPaaDagenIOslo() {
        PersonFakta iMottak = new PersonFakta(FODT, LocalDate.of(2023, 3, 3), null, true, null);
        // 22:30 UTC on Easter Sunday 2024 is 00:30 on 2. påskedag in Oslo (summer time began that night).
        BeregnetKategori k = kvalifiseringEtter(iMottak, "2024-01-10T12:00:00Z",
                new PersonFakta(FODT, iMottak.tillatelsesdato(), null, false, null), "2024-03-31T22:30:00Z");
        assertEquals(LocalDate.of(2024, 4, 1), k.til());
        alle(k, OrdningStatus.INAKTIV);
    }

    @Test
    void bosattOgUteAvMottaketLukkerPaaBosettingsdagenIkkeIdag() {
        PersonFakta iMottak = new PersonFakta(FODT, LocalDate.of(2025, 3, 3), null, true, null);
        BeregnetKategori k = kvalifiseringEtter(iMottak, "2025-12-01T12:00:00Z",
                new PersonFakta(FODT, iMottak.tillatelsesdato(), LocalDate.of(2025, 12, 31), false, null), "2026-01-05T08:00:00Z");
        assertEquals(LocalDate.of(2025, 12, 31), k.til());
        alle(k, OrdningStatus.INAKTIV);
    }

    @Test
    void kategoriLukketPaaEnPlanlagtDagBlirInaktivNaarDagenErKommet() {
        // Stored before the planned bosetting 1 January 2026: closed that day, still active. Then the
        // bosetting is withdrawn and the person has left the mottak: the rule no longer applies, the period
        // is kept as it was, and from midnight in Oslo it is no longer active.
        PersonFakta planlagt = new PersonFakta(FODT, LocalDate.of(2025, 3, 3), LocalDate.of(2026, 1, 1), true, null);
        PersonFakta trukket = new PersonFakta(FODT, planlagt.tillatelsesdato(), null, false, null);
        BeregnetKategori foer = kvalifiseringEtter(planlagt, "2025-12-01T12:00:00Z", trukket, "2025-12-31T22:59:59Z");
        BeregnetKategori etter = kvalifiseringEtter(planlagt, "2025-12-01T12:00:00Z", trukket, "2025-12-31T23:00:00Z");
        assertEquals(LocalDate.of(2026, 1, 1), foer.til());
        assertEquals(LocalDate.of(2026, 1, 1), etter.til());
        alle(foer, OrdningStatus.AKTIV);
        alle(etter, OrdningStatus.INAKTIV);
    }

    /** Kvalifisering i mottak when the beregning ran on {@code foer}'s facts at one instant and on {@code naa}'s at another. */
    private static BeregnetKategori kvalifiseringEtter(PersonFakta foer, String lagret, PersonFakta naa, String instant) {
        return finn(Beregning.beregn(naa, beregn(foer, lagret), FastKlokke.idag(instant)), KategoriType.KVALIFISERING_I_MOTTAK);
    }

    private static void alle(BeregnetKategori k, OrdningStatus status) {
        k.ordninger().forEach(o -> assertEquals(status, o.status(), o.type().name()));
    }
}
