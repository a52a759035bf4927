package no.nir.tiltak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.nir.ordning.OrdningType;
import no.nir.test.Deployments;
import no.nir.test.Som;
import no.nir.test.Testdata;
import no.nir.tilgang.IngenTilgangException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report on Kvalifisering i mottak against a small register whose every figure is worked out
 * by hand below. Kongsvinger (3401) and Narvik (1806) are used by no other test, so their reports
 * hold only this register; the fylke and national reports are checked by how much this register
 * changes them.
 *
 * <p>Working days 2023 (Monday–Friday minus holidays): March 23; April 17 (skjærtorsdag 6th,
 * langfredag 7th, 2. påskedag 10th); May 19 (1st, 17th, Kristi himmelfart 18th, 2. pinsedag 29th);
 * June 22.
 */
@ExtendWith(ArquillianExtension.class)
class TiltaksrapportServiceIT {

    private static final String KONGSVINGER = "3401";
    private static final String NARVIK = "1806";
    private static final YearMonth MARS = YearMonth.of(2023, 3);
    private static final YearMonth JUNI = YearMonth.of(2023, 6);
    /** Catalogue order of the tiltaksgrupper; the report's hours come in this order. */
    private static final List<String> GRUPPER = List.of("NORSK_SAMF", "LIVSM_FORELDRE", "ARBEID", "UTDANNING", "ANDRE");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(TiltaksrapportServiceIT.class);
    }

    @EJB
    TiltaksrapportService rapportService;

    @EJB
    TiltakService tiltakService;

    @EJB
    Testdata testdata;

    @Test
    void hverCelleIRapportenStemmerMedHaandregnetRegister() throws Exception {
        Rapportvalg innlandet = new Rapportvalg(MARS, JUNI, "34", null);
        Rapportvalg hele = new Rapportvalg(MARS, JUNI, null, null);
        Tiltaksrapport innlandetFor = Som.bruker("imdi", () -> rapportService.rapport(innlandet));
        Tiltaksrapport heleFor = Som.bruker("imdi", () -> rapportService.rapport(hele));
        Tiltaksrapport kristiansandFor = Som.bruker("les", () -> rapportService.rapport(hele));

        byggRegister();

        // Kongsvinger after P3 moved away: P1, P2, P6 in March–May (P2's ordning closed 10.05), P1, P6, P5 in June.
        //   March: P1 T1 27–31.03 = 5 days × 10 t / 23 = 2.1739 → 2.17; P2, P6 nothing.
        //          3 persons, 1 with tiltak (33.3 %), 2.17 / 3 = 0.72, 2.17 / 1 = 2.17; norsk 2.17.
        //   April: P1 T1 1–14.04 = 7 days (3 + 4, Easter taken out) × 10 / 17 = 4.1176 → 4.12 (norsk 4.12);
        //          P2 T4 24–28.04 = 5 days × 8 = 40, T5 3–28.04 = 17 days × 2 = 34; 74 / 17 = 4.35
        //          (norsk 40 / 17 = 2.35, andre 34 / 17 = 2.00); P6 T8 only Saturday–Sunday: has a tiltak, 0.00.
        //          3 persons, 3 with tiltak (100.0 %), (4.12 + 4.35 + 0.00) = 8.47 / 3 = 2.8233 → 2.82 both;
        //          norsk 4.12 + 2.35 = 6.47, andre 2.00 + 0.00 = 2.00.
        //   May:   P1 T2 15–19.05 = 3 days (17th and 18th out) × 5 / 19 = 0.789 → 0.79 (arbeid);
        //          P2 T4 only to the ordning's end 10.05: 2–5 and 8–10 = 7 days × 8 / 19 = 2.947 → 2.95 (norsk);
        //          its days after 10.05 count nowhere. 3 persons, 2 with tiltak (66.7 %),
        //          3.74 / 3 = 1.2467 → 1.25, 3.74 / 2 = 1.87.
        //   June:  P1's T3 is deleted; P5 from 30.06 with T7 30.06 = 1 day × 3 / 22 = 0.136 → 0.14 (andre).
        //          3 persons, 1 with tiltak (33.3 %), 0.14 / 3 = 0.0467 → 0.05, 0.14.
        Tiltaksrapport kongsvinger = Som.bruker("imdi", () -> rapportService.rapport(new Rapportvalg(MARS, JUNI, null, KONGSVINGER)));
        assertEquals("Kongsvinger", kongsvinger.omraade());
        assertEquals(GRUPPER, kongsvinger.grupper().stream().map(Tiltaksrapport.Gruppe::kode).toList());
        assertEquals(List.of(
                "2023-03 3 1 33.3 0.72 2.17 [2.17, 0.00, 0.00, 0.00, 0.00]",
                "2023-04 3 3 100.0 2.82 2.82 [6.47, 0.00, 0.00, 0.00, 2.00]",
                "2023-05 3 2 66.7 1.25 1.87 [2.95, 0.00, 0.79, 0.00, 0.00]",
                "2023-06 3 1 33.3 0.05 0.14 [0.00, 0.00, 0.00, 0.00, 0.14]"), linjer(kongsvinger));

        // Narvik: P3 (moved here from Kongsvinger, so counted here for every month) with T6 all
        // four months, 4 t every working day → 4.00 (arbeid); P4 from 20.04 without tiltak (counts as 0).
        //   March: 1 person, 1 with tiltak, 4.00 / 1. April–June: 2 persons, 1 with (50.0 %), 4.00 / 2 = 2.00.
        Tiltaksrapport narvik = Som.bruker("imdi", () -> rapportService.rapport(new Rapportvalg(MARS, JUNI, null, NARVIK)));
        assertEquals(List.of(
                "2023-03 1 1 100.0 4.00 4.00 [0.00, 0.00, 4.00, 0.00, 0.00]",
                "2023-04 2 1 50.0 2.00 4.00 [0.00, 0.00, 4.00, 0.00, 0.00]",
                "2023-05 2 1 50.0 2.00 4.00 [0.00, 0.00, 4.00, 0.00, 0.00]",
                "2023-06 2 1 50.0 2.00 4.00 [0.00, 0.00, 4.00, 0.00, 0.00]"), linjer(narvik));

        // Innlandet (Kongsvinger's fylke) grew by exactly Kongsvinger's figures; the whole country by
        // Kongsvinger's and Narvik's together: persons, with tiltak, the sum of month averages
        // (Kongsvinger 2.17, 8.47, 3.74, 0.14; Narvik 4.00 each month) and the hours per group.
        assertEquals(List.of("2023-03 3 1 2.17 [2.17, 0.00, 0.00, 0.00, 0.00]", "2023-04 3 3 8.47 [6.47, 0.00, 0.00, 0.00, 2.00]",
                        "2023-05 3 2 3.74 [2.95, 0.00, 0.79, 0.00, 0.00]", "2023-06 3 1 0.14 [0.00, 0.00, 0.00, 0.00, 0.14]"),
                okning(innlandetFor, Som.bruker("imdi", () -> rapportService.rapport(innlandet))));
        assertEquals(List.of("2023-03 4 2 6.17 [2.17, 0.00, 4.00, 0.00, 0.00]", "2023-04 5 4 12.47 [6.47, 0.00, 4.00, 0.00, 2.00]",
                        "2023-05 5 3 7.74 [2.95, 0.00, 4.79, 0.00, 0.00]", "2023-06 5 2 4.14 [0.00, 0.00, 4.00, 0.00, 0.14]"),
                okning(heleFor, Som.bruker("imdi", () -> rapportService.rapport(hele))));
        // A Kristiansand user's report (their own kommune) does not see any of it.
        assertEquals(linjer(kristiansandFor), linjer(Som.bruker("les", () -> rapportService.rapport(hele))));

        // The CSV file: BOM, ';', dd.MM.yyyy, decimal comma.
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        TiltaksrapportCsv.skriv(kongsvinger, csv);
        String[] csvLinjer = new String(csv.toByteArray(), 3, csv.size() - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(5, csvLinjer.length);
        assertEquals("Kongsvinger;01.05.2023;31.05.2023;3;2;66,7;1,25;1,87;2,95;0,00;0,79;0,00;0,00", csvLinjer[3]);
    }

    /**
     * P1–P6 as described above; the tiltak are stored directly (some outside what the dialog would
     * accept today, such as a tiltak running past a later bosetting); the report's figures follow each
     * as a saved tiltak brings them.
     */
    private void byggRegister() {
        long p1 = testdata.mottaksbeboer(KONGSVINGER, "Rapport", "En", LocalDate.of(1990, 5, 5), LocalDate.of(2023, 3, 15));
        long p2 = testdata.mottaksbeboer(KONGSVINGER, "Rapport", "To", LocalDate.of(1985, 1, 1), LocalDate.of(2023, 1, 10));
        long p3 = testdata.mottaksbeboer(KONGSVINGER, "Rapport", "Tre", LocalDate.of(1995, 2, 2), LocalDate.of(2023, 2, 1));
        long p4 = testdata.mottaksbeboer(NARVIK, "Rapport", "Fire", LocalDate.of(2000, 3, 3), LocalDate.of(2023, 4, 20));
        long p5 = testdata.mottaksbeboer(KONGSVINGER, "Rapport", "Fem", LocalDate.of(1980, 6, 6), LocalDate.of(2023, 6, 30));
        long p6 = testdata.mottaksbeboer(KONGSVINGER, "Rapport", "Seks", LocalDate.of(1970, 7, 7), LocalDate.of(2023, 3, 1));
        long o1 = ordning(p1);
        long o2 = ordning(p2);
        long o3 = ordning(p3);
        long o5 = ordning(p5);
        long o6 = ordning(p6);
        testdata.tiltak(o1, "NORSKOPPLAERING", LocalDate.of(2023, 3, 27), LocalDate.of(2023, 4, 14), "10");   // T1
        testdata.tiltak(o1, "JOBBSOKERKURS", LocalDate.of(2023, 5, 15), LocalDate.of(2023, 5, 19), "5");      // T2
        testdata.slettTiltak(testdata.tiltak(o1, "NORSKTRENING", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30), "20")); // T3
        testdata.tiltak(o2, "SAMFUNNSKUNNSKAP", LocalDate.of(2023, 4, 24), LocalDate.of(2023, 5, 31), "8");   // T4
        testdata.tiltak(o2, "DIGITAL_KOMPETANSE", LocalDate.of(2023, 4, 3), LocalDate.of(2023, 4, 28), "2");  // T5
        testdata.tiltak(o3, "BRANSJEKURS", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 30), "4");         // T6
        testdata.tiltak(o5, "ANNET", LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 30), "3");              // T7
        testdata.tiltak(o6, "HELSEFREMMENDE", LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 2), "6");       // T8
        // The beregning brings the figures along by itself: bosetting closes P2's ordning, P3 moves kommune.
        testdata.bosettMottaksbeboer(p2, LocalDate.of(2023, 5, 10));
        testdata.flyttTilMottak(p3, NARVIK);
    }

    @Test
    void lagredeEndredeOgSlettedeTiltakFlytterRapportenMedEnGang() throws Exception {
        YearMonth september = YearMonth.of(2022, 9);  // 22 working days
        Rapportvalg valg = new Rapportvalg(september, september, null, null);
        Tiltaksrapport forPerson = Som.bruker("skriv", () -> rapportService.rapport(valg));
        long person = testdata.mottaksbeboer("4204", "Rapport", "Lagret", LocalDate.of(1990, 1, 1), LocalDate.of(2022, 9, 1));
        long ordning = ordning(person);
        Tiltaksrapport forTiltak = Som.bruker("skriv", () -> rapportService.rapport(valg));
        assertEquals(List.of("2022-09 1 0 0.00 [0.00, 0.00, 0.00, 0.00, 0.00]"), okning(forPerson, forTiltak));

        // The whole month at 10 t: 10.00 (norsk); edited to 15 t: 15.00; deleted: nothing again.
        long tiltak = Som.bruker("skriv", () -> tiltakService.registrer(ordning, new TiltakSkjema("NORSK_SAMF",
                "NORSKOPPLAERING", false, LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 30), new BigDecimal("10"), null, null)));
        assertEquals(List.of("2022-09 0 1 10.00 [10.00, 0.00, 0.00, 0.00, 0.00]"),
                okning(forTiltak, Som.bruker("skriv", () -> rapportService.rapport(valg))));
        Som.bruker("skriv", () -> tiltakService.endre(tiltak, tiltakService.tiltak(tiltak).version(), new TiltakSkjema("NORSK_SAMF",
                "NORSKOPPLAERING", false, LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 30), new BigDecimal("15"), null, null)));
        assertEquals(List.of("2022-09 0 1 15.00 [15.00, 0.00, 0.00, 0.00, 0.00]"),
                okning(forTiltak, Som.bruker("skriv", () -> rapportService.rapport(valg))));
        Som.bruker("skriv", () -> tiltakService.slett(tiltak, tiltakService.tiltak(tiltak).version()));
        assertEquals(List.of("2022-09 0 0 0.00 [0.00, 0.00, 0.00, 0.00, 0.00]"),
                okning(forTiltak, Som.bruker("skriv", () -> rapportService.rapport(valg))));
    }

    @Test
    void utenforSkopOgUgyldigPeriodeAvvises() throws Exception {
        Rapportvalg periode = new Rapportvalg(MARS, JUNI, null, null);
        assertThrows(IngenTilgangException.class, () -> Som.bruker("les",
                () -> rapportService.rapport(new Rapportvalg(MARS, JUNI, null, KONGSVINGER))));
        assertThrows(IngenTilgangException.class, () -> Som.bruker("les",
                () -> rapportService.rapport(new Rapportvalg(MARS, JUNI, "34", null))));
        assertThrows(EJBAccessException.class, () -> Som.bruker("bosetting", () -> rapportService.rapport(periode)));
        assertEquals("Kristiansand", Som.bruker("kommuneadmin", () -> rapportService.rapport(periode)).omraade());
        assertEquals("Til-måneden kan ikke være før fra-måneden.", assertThrows(RapportvalgException.class,
                () -> Som.bruker("imdi", () -> rapportService.rapport(new Rapportvalg(JUNI, MARS, null, null)))).getMessage());
        assertEquals("Perioden kan være høyst 60 måneder.", assertThrows(RapportvalgException.class,
                () -> Som.bruker("imdi", () -> rapportService.rapport(new Rapportvalg(YearMonth.of(2018, 1), JUNI, null, null))))
                .getMessage());
        // Without a period: the last 12 whole months before this one (Norwegian time).
        Tiltaksrapport standard = Som.bruker("imdi", () -> rapportService.rapport(new Rapportvalg(null, null, null, null)));
        YearMonth forrige = YearMonth.now(java.time.ZoneId.of("Europe/Oslo")).minusMonths(1);
        assertEquals(forrige.minusMonths(11), standard.maaneder().get(0).maaned());
        assertEquals(forrige, standard.maaneder().get(11).maaned());
        assertEquals("Hele landet", standard.omraade());
    }

    private long ordning(long person) {
        return testdata.ordningId(person, OrdningType.KVALIFISERING_MOTTAKSBEBOERE);
    }

    /** "month persons withTiltak share% average averageWithTiltak [hours per group]". */
    private static List<String> linjer(Tiltaksrapport rapport) {
        return rapport.maaneder().stream().map(m -> m.maaned() + " " + m.personer() + " " + m.medTiltak() + " "
                + m.andelMedTiltak() + " " + m.snitt() + " " + m.snittMedTiltak() + " " + m.timerPerGruppe()).toList();
    }

    /** What changed from one report to the next: persons, with tiltak, sum of month averages, hours per group. */
    private static List<String> okning(Tiltaksrapport for_, Tiltaksrapport etter) {
        List<String> okning = new ArrayList<>();
        for (int i = 0; i < etter.maaneder().size(); i++) {
            TiltaksrapportMaaned f = for_.maaneder().get(i);
            TiltaksrapportMaaned e = etter.maaneder().get(i);
            List<BigDecimal> timer = new ArrayList<>();
            for (int g = 0; g < e.timerPerGruppe().size(); g++) {
                timer.add(e.timerPerGruppe().get(g).subtract(f.timerPerGruppe().get(g)));
            }
            okning.add(e.maaned() + " " + (e.personer() - f.personer()) + " " + (e.medTiltak() - f.medTiltak()) + " "
                    + e.sumSnitt().subtract(f.sumSnitt()) + " " + timer);
        }
        return okning;
    }
}
