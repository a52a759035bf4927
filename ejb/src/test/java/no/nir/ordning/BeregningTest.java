package no.nir.ordning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import no.nir.kompetanse.KompetanseStatus;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BeregningTest {

    private static final LocalDate TILLATELSE = LocalDate.of(2023, 3, 15);
    private static final LocalDate BOSETTING = LocalDate.of(2023, 9, 1);
    private static final LocalDate IDAG = LocalDate.of(2024, 1, 10);
    private static final LocalDate TILLATELSE_INTRODUKSJONSLOVEN = LocalDate.of(2020, 12, 31);

    /** Born so that the person is exactly {@code alder} whole years old on the permit date. */
    private static LocalDate fodtMedAlder(int alder, LocalDate tillatelsesdato) {
        return tillatelsesdato.minusYears(alder);
    }

    private static PersonFakta iMottak(int alder) {
        return new PersonFakta(fodtMedAlder(alder, TILLATELSE), TILLATELSE, null, true, null);
    }

    private static PersonFakta bosatt(int alder, LocalDate tillatelse) {
        return new PersonFakta(fodtMedAlder(alder, tillatelse), tillatelse, BOSETTING, true, null);
    }

    private static List<BeregnetKategori> beregn(PersonFakta fakta) {
        return Beregning.beregn(fakta, List.of(), IDAG);
    }

    private static List<KategoriType> typer(List<BeregnetKategori> kategorier) {
        return kategorier.stream().map(BeregnetKategori::type).toList();
    }

    private static List<OrdningType> ordningstyper(BeregnetKategori kategori) {
        return kategori.ordninger().stream().map(BeregnetOrdning::type).toList();
    }

    private static BeregnetKategori finn(List<BeregnetKategori> kategorier, KategoriType type) {
        List<BeregnetKategori> treff = kategorier.stream().filter(k -> k.type() == type).toList();
        assertEquals(1, treff.size(), "exactly one " + type + " in " + kategorier);
        return treff.get(0);
    }

    private static BeregnetOrdning ordning(BeregnetKategori kategori, OrdningType type) {
        return kategori.ordninger().stream().filter(o -> o.type() == type).findFirst().orElseThrow();
    }

    @Nested
    @DisplayName("Kvalifisering i mottak")
    class KvalifiseringIMottak {

        @Test
        void gjelderFraTillatelsesdatoForEnPersonSomErAkkurat18() {
            List<BeregnetKategori> resultat = beregn(iMottak(18));

            assertEquals(List.of(KategoriType.KVALIFISERING_I_MOTTAK), typer(resultat));
            BeregnetKategori kategori = resultat.get(0);
            assertEquals(TILLATELSE, kategori.fra());
            assertNull(kategori.til());
            assertTrue(kategori.erApen());
            assertEquals(List.of(OrdningType.KVALIFISERING_MOTTAKSBEBOERE, OrdningType.KOMPETANSEKARTLEGGING),
                    ordningstyper(kategori));
            kategori.ordninger().forEach(o -> {
                assertEquals(OrdningStatus.AKTIV, o.status());
                assertEquals(TILLATELSE, o.fra());
                assertNull(o.til());
            });
        }

        @Test
        void under18VedTillatelseStarterPa18ArsdagenOgGirIkkeKompetansekartlegging() {
            PersonFakta fakta = iMottak(17);

            BeregnetKategori kategori = finn(beregn(fakta), KategoriType.KVALIFISERING_I_MOTTAK);

            assertEquals(fakta.fodselsdato().plusYears(18), kategori.fra());
            assertEquals(List.of(OrdningType.KVALIFISERING_MOTTAKSBEBOERE), ordningstyper(kategori));
        }

        @Test
        void innflyttingEtterTillatelsenStarterPaInnflyttingsdagen() {
            LocalDate innflytting = TILLATELSE.plusMonths(2);
            PersonFakta fakta = new PersonFakta(fodtMedAlder(30, TILLATELSE), TILLATELSE, null, true, null,
                    innflytting, null);

            assertEquals(innflytting, finn(beregn(fakta), KategoriType.KVALIFISERING_I_MOTTAK).fra());
        }

        @Test
        void kompetansekartleggingGisTil55MenIkkeFra56() {
            assertEquals(List.of(OrdningType.KVALIFISERING_MOTTAKSBEBOERE, OrdningType.KOMPETANSEKARTLEGGING),
                    ordningstyper(finn(beregn(iMottak(55)), KategoriType.KVALIFISERING_I_MOTTAK)));
            assertEquals(List.of(OrdningType.KVALIFISERING_MOTTAKSBEBOERE),
                    ordningstyper(finn(beregn(iMottak(56)), KategoriType.KVALIFISERING_I_MOTTAK)));
            assertEquals(List.of(OrdningType.KVALIFISERING_MOTTAKSBEBOERE),
                    ordningstyper(finn(beregn(iMottak(70)), KategoriType.KVALIFISERING_I_MOTTAK)));
        }

        @Test
        void gjelderIkkeUtenMottak() {
            PersonFakta fakta = new PersonFakta(fodtMedAlder(30, TILLATELSE), TILLATELSE, null, false, null);
            assertEquals(List.of(), beregn(fakta));
        }

        @Test
        void gjelderIkkeForTillatelseEtterIntroduksjonsloven() {
            PersonFakta fakta = new PersonFakta(fodtMedAlder(30, TILLATELSE_INTRODUKSJONSLOVEN),
                    TILLATELSE_INTRODUKSJONSLOVEN, null, true, null);
            assertEquals(List.of(), beregn(fakta));
        }

        @Test
        void ingenKategoriNar18ArsdagenKommerEtterBosetting() {
            LocalDate fodt = BOSETTING.minusYears(18).plusDays(1);
            PersonFakta fakta = new PersonFakta(fodt, TILLATELSE, BOSETTING, true, null);
            assertEquals(List.of(), beregn(fakta));
        }
    }

    @ParameterizedTest(name = "introduksjonsprogram (integreringsloven), alder {0} ved tillatelse: gjelder={1}")
    @CsvSource({"17,false", "18,true", "55,true", "56,false"})
    void introduksjonsprogramIntegreringsloven(int alder, boolean gjelder) {
        List<BeregnetKategori> resultat = beregn(bosatt(alder, TILLATELSE));

        assertEquals(gjelder, typer(resultat).contains(KategoriType.INTRODUKSJONSPROGRAM));
        if (gjelder) {
            BeregnetKategori kategori = finn(resultat, KategoriType.INTRODUKSJONSPROGRAM);
            assertEquals(BOSETTING, kategori.fra());
            assertTrue(kategori.erApen());
            assertEquals(List.of(OrdningType.INTRODUKSJONSPROGRAM, OrdningType.KOMPETANSEKARTLEGGING,
                    OrdningType.KARRIEREVEILEDNING), ordningstyper(kategori));
        }
    }

    @ParameterizedTest(name = "opplæring i norsk og samfunnskunnskap, alder {0} ved tillatelse: gjelder={1}")
    @CsvSource({"17,false", "18,true", "55,true", "56,true", "67,true", "68,false"})
    void opplaeringNorskOgSamfunnskunnskap(int alder, boolean gjelder) {
        List<BeregnetKategori> resultat = beregn(bosatt(alder, TILLATELSE));

        assertEquals(gjelder, typer(resultat).contains(KategoriType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP));
        if (gjelder) {
            BeregnetKategori kategori = finn(resultat, KategoriType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP);
            assertEquals(BOSETTING, kategori.fra());
            assertTrue(kategori.erApen());
            assertEquals(List.of(OrdningType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP), ordningstyper(kategori));
        }
    }

    @ParameterizedTest(name = "introduksjonsprogram (introduksjonsloven), alder {0} ved tillatelse: gjelder={1}")
    @CsvSource({"17,false", "18,true", "55,true", "56,false"})
    void introduksjonsprogramIntroduksjonsloven(int alder, boolean gjelder) {
        List<BeregnetKategori> resultat = beregn(bosatt(alder, TILLATELSE_INTRODUKSJONSLOVEN));

        assertEquals(gjelder, typer(resultat).contains(KategoriType.INTRODUKSJONSPROGRAM_INTRODUKSJONSLOVEN));
        if (gjelder) {
            BeregnetKategori kategori = finn(resultat, KategoriType.INTRODUKSJONSPROGRAM_INTRODUKSJONSLOVEN);
            assertEquals(BOSETTING, kategori.fra());
            assertTrue(kategori.erApen());
            assertEquals(List.of(OrdningType.INTRODUKSJONSPROGRAM), ordningstyper(kategori));
            assertNull(kategori.ordninger().get(0).frist());
        }
    }

    @ParameterizedTest(name = "norskopplæring (introduksjonsloven), alder {0} ved tillatelse: gjelder={1}")
    @CsvSource({"15,false", "16,true", "18,true", "55,true", "56,false"})
    void norskopplaeringIntroduksjonsloven(int alder, boolean gjelder) {
        List<BeregnetKategori> resultat = beregn(bosatt(alder, TILLATELSE_INTRODUKSJONSLOVEN));

        assertEquals(gjelder, typer(resultat).contains(KategoriType.NORSKOPPLAERING_INTRODUKSJONSLOVEN));
        if (gjelder) {
            BeregnetKategori kategori = finn(resultat, KategoriType.NORSKOPPLAERING_INTRODUKSJONSLOVEN);
            assertEquals(BOSETTING, kategori.fra());
            assertEquals(List.of(OrdningType.NORSKOPPLAERING), ordningstyper(kategori));
            assertNull(kategori.ordninger().get(0).frist());
        }
    }

    @Test
    void tillatelse31Desember2020GirIntroduksjonslovenOg1Januar2021GirIntegreringsloven() {
        LocalDate sisteDagIntroduksjonsloven = LocalDate.of(2020, 12, 31);
        LocalDate forsteDagIntegreringsloven = LocalDate.of(2021, 1, 1);

        List<BeregnetKategori> gammel = beregn(new PersonFakta(fodtMedAlder(30, sisteDagIntroduksjonsloven),
                sisteDagIntroduksjonsloven, BOSETTING, true, null));
        List<BeregnetKategori> ny = beregn(new PersonFakta(fodtMedAlder(30, forsteDagIntegreringsloven),
                forsteDagIntegreringsloven, BOSETTING, true, null));

        assertEquals(List.of(KategoriType.INTRODUKSJONSPROGRAM_INTRODUKSJONSLOVEN,
                KategoriType.NORSKOPPLAERING_INTRODUKSJONSLOVEN), typer(gammel));
        assertEquals(List.of(KategoriType.KVALIFISERING_I_MOTTAK, KategoriType.INTRODUKSJONSPROGRAM,
                KategoriType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP), typer(ny));
    }

    @Test
    void utenTillatelseBeregnesIngenting() {
        PersonFakta iMottakUtenTillatelse = new PersonFakta(LocalDate.of(1990, 1, 1), null, null, true, null);
        PersonFakta bosattUtenTillatelse = new PersonFakta(LocalDate.of(1990, 1, 1), null, BOSETTING, true, null);

        assertEquals(List.of(), beregn(iMottakUtenTillatelse));
        assertEquals(List.of(), beregn(bosattUtenTillatelse));
    }

    @Test
    void bosettingLukkerKvalifiseringIMottakOgApnerIntroKategoriene() {
        PersonFakta iMottak = iMottak(30);
        List<BeregnetKategori> forBosetting = Beregning.beregn(iMottak, List.of(), BOSETTING.minusDays(10));
        PersonFakta bosatt = new PersonFakta(iMottak.fodselsdato(), TILLATELSE, BOSETTING, true, null);

        List<BeregnetKategori> resultat = Beregning.beregn(bosatt, forBosetting, IDAG);

        assertEquals(List.of(KategoriType.KVALIFISERING_I_MOTTAK, KategoriType.INTRODUKSJONSPROGRAM,
                KategoriType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP), typer(resultat));
        BeregnetKategori kvalifisering = resultat.get(0);
        assertEquals(TILLATELSE, kvalifisering.fra());
        assertEquals(BOSETTING, kvalifisering.til());
        kvalifisering.ordninger().forEach(o -> {
            assertEquals(OrdningStatus.INAKTIV, o.status());
            assertEquals(BOSETTING, o.til());
        });
        for (BeregnetKategori ny : resultat.subList(1, 3)) {
            assertEquals(BOSETTING, ny.fra());
            assertTrue(ny.erApen());
            ny.ordninger().forEach(o -> assertEquals(OrdningStatus.AKTIV, o.status()));
        }
    }

    @Test
    void bosettingIFremtidenGirLukketKvalifiseringSomFortsattErAktiv() {
        LocalDate bosetting = IDAG.plusMonths(1);
        PersonFakta fakta = new PersonFakta(fodtMedAlder(30, TILLATELSE), TILLATELSE, bosetting, true, null);

        List<BeregnetKategori> resultat = beregn(fakta);

        BeregnetKategori kvalifisering = finn(resultat, KategoriType.KVALIFISERING_I_MOTTAK);
        assertEquals(bosetting, kvalifisering.til());
        kvalifisering.ordninger().forEach(o -> assertEquals(OrdningStatus.AKTIV, o.status()));
        assertEquals(bosetting, finn(resultat, KategoriType.INTRODUKSJONSPROGRAM).fra());
    }

    @Test
    void utflyttingFraMottakUtenBosettingLukkerMedDagensDato() {
        PersonFakta iMottak = iMottak(30);
        List<BeregnetKategori> tidligere = Beregning.beregn(iMottak, List.of(), IDAG.minusMonths(2));
        PersonFakta utflyttet = new PersonFakta(iMottak.fodselsdato(), TILLATELSE, null, false, null);

        List<BeregnetKategori> resultat = Beregning.beregn(utflyttet, tidligere, IDAG);

        BeregnetKategori kategori = finn(resultat, KategoriType.KVALIFISERING_I_MOTTAK);
        assertEquals(TILLATELSE, kategori.fra());
        assertEquals(IDAG, kategori.til());
        kategori.ordninger().forEach(o -> assertEquals(OrdningStatus.INAKTIV, o.status()));

        List<BeregnetKategori> senere = Beregning.beregn(utflyttet, resultat, IDAG.plusMonths(3));
        assertEquals(resultat, senere, "a closed kategori is kept unchanged");
    }

    @Test
    void utflyttingMedKjentDatoLukkerPaDenDagen() {
        PersonFakta iMottak = iMottak(30);
        List<BeregnetKategori> tidligere = Beregning.beregn(iMottak, List.of(), IDAG.minusMonths(2));
        LocalDate utflytting = IDAG.minusMonths(1);
        PersonFakta utflyttet = new PersonFakta(iMottak.fodselsdato(), TILLATELSE, null, false, null, null, utflytting);

        BeregnetKategori kategori = finn(Beregning.beregn(utflyttet, tidligere, IDAG), KategoriType.KVALIFISERING_I_MOTTAK);

        assertEquals(utflytting, kategori.til());
        kategori.ordninger().forEach(o -> assertEquals(OrdningStatus.INAKTIV, o.status()));
    }

    @Test
    void tilbakeflyttingMedKjentDatoStarterEnNyPeriodePaInnflyttingsdagen() {
        PersonFakta iMottak = iMottak(30);
        LocalDate utflytting = IDAG.minusMonths(3);
        List<BeregnetKategori> lukket = Beregning.beregn(
                new PersonFakta(iMottak.fodselsdato(), TILLATELSE, null, false, null, null, utflytting),
                Beregning.beregn(iMottak, List.of(), utflytting.minusDays(1)), IDAG.minusMonths(2));
        LocalDate tilbake = IDAG.minusMonths(1);

        List<BeregnetKategori> resultat = Beregning.beregn(
                new PersonFakta(iMottak.fodselsdato(), TILLATELSE, null, true, null, tilbake, null), lukket, IDAG);

        assertEquals(2, resultat.size());
        assertEquals(utflytting, resultat.get(0).til());
        assertEquals(tilbake, resultat.get(1).fra());
        assertTrue(resultat.get(1).erApen());
    }

    @Test
    void lukketKategoriBeholdesNarVilkaretIkkeLengerGjelder() {
        PersonFakta iMottak = iMottak(30);
        List<BeregnetKategori> lukket = Beregning.beregn(
                new PersonFakta(iMottak.fodselsdato(), TILLATELSE, null, false, null),
                Beregning.beregn(iMottak, List.of(), IDAG.minusMonths(2)),
                IDAG.minusMonths(1));
        PersonFakta bosattUtenMottak = new PersonFakta(iMottak.fodselsdato(), TILLATELSE, IDAG, false, null);

        List<BeregnetKategori> resultat = Beregning.beregn(bosattUtenMottak, lukket, IDAG);

        assertEquals(lukket.get(0), finn(resultat, KategoriType.KVALIFISERING_I_MOTTAK));
    }

    @Test
    void tilbakeflyttingTilMottakBeholderDenLukkedePeriodenOgApnerEnNy() {
        PersonFakta iMottak = iMottak(30);
        LocalDate utflytting = IDAG.minusMonths(1);
        List<BeregnetKategori> lukket = Beregning.beregn(
                new PersonFakta(iMottak.fodselsdato(), TILLATELSE, null, false, null),
                Beregning.beregn(iMottak, List.of(), IDAG.minusMonths(2)),
                utflytting);

        List<BeregnetKategori> resultat = Beregning.beregn(iMottak, lukket, IDAG);

        assertEquals(2, resultat.size());
        assertEquals(lukket.get(0), resultat.get(0));
        assertEquals(utflytting, resultat.get(1).fra());
        assertTrue(resultat.get(1).erApen());
        assertEquals(resultat, Beregning.beregn(iMottak, resultat, IDAG));
    }

    @Test
    void endagsperiodeFlytterIkkeStartenOgBeholdes() {
        // Permit and bosetting the same day gave a one-day Kvalifisering i mottak. Then the permit is
        // corrected to an earlier day, the bosetting withdrawn and the person is in the mottak: the new
        // period starts on the permit (found by BeregningEgenskaperTest: it used to start on the one
        // day, replace it, and move back on the next run).
        LocalDate dag = LocalDate.of(2023, 1, 19);
        LocalDate rettet = LocalDate.of(2023, 1, 4);
        List<BeregnetKategori> endags = Beregning.beregn(
                new PersonFakta(LocalDate.of(1974, 6, 13), dag, dag, true, null), List.of(), IDAG);
        PersonFakta naa = new PersonFakta(LocalDate.of(1974, 6, 13), rettet, null, true, null);

        List<BeregnetKategori> resultat = Beregning.beregn(naa, endags, IDAG);

        List<BeregnetKategori> kvalifisering = resultat.stream()
                .filter(k -> k.type() == KategoriType.KVALIFISERING_I_MOTTAK).toList();
        assertEquals(List.of(rettet, dag), kvalifisering.stream().map(BeregnetKategori::fra).toList());
        assertTrue(kvalifisering.get(0).erApen());
        assertEquals(dag, kvalifisering.get(1).til(), "the one day stays in the history");
        assertEquals(resultat, Beregning.beregn(naa, resultat, IDAG));
    }

    @Test
    void nyBosettingEtterEnLukketPeriodeStarterPaaDenNyeBosettingen() {
        // Bosatt, then the bosetting withdrawn (the Introduksjonsprogram closes that day), then bosatt
        // again months later: the new period starts on the new bosetting, not where the old one ended.
        PersonFakta bosatt = bosatt(30, TILLATELSE);
        PersonFakta trukket = new PersonFakta(bosatt.fodselsdato(), TILLATELSE, null, false, null);
        LocalDate trukketDag = BOSETTING.plusMonths(1);
        List<BeregnetKategori> lukket = Beregning.beregn(trukket, Beregning.beregn(bosatt, List.of(), BOSETTING), trukketDag);
        LocalDate nyBosetting = trukketDag.plusMonths(4);

        List<BeregnetKategori> resultat = Beregning.beregn(
                new PersonFakta(bosatt.fodselsdato(), TILLATELSE, nyBosetting, false, null), lukket, IDAG);

        List<BeregnetKategori> intro = resultat.stream().filter(k -> k.type() == KategoriType.INTRODUKSJONSPROGRAM).toList();
        assertEquals(List.of(BOSETTING, nyBosetting), intro.stream().map(BeregnetKategori::fra).toList());
        assertEquals(trukketDag, intro.get(0).til());
        assertTrue(intro.get(1).erApen());
    }

    static Stream<Arguments> idempotensScenarier() {
        PersonFakta iMottak = iMottak(30);
        PersonFakta utflyttet = new PersonFakta(iMottak.fodselsdato(), TILLATELSE, null, false, null);
        PersonFakta bosatt = new PersonFakta(iMottak.fodselsdato(), TILLATELSE, BOSETTING, true,
                KompetanseStatus.NOTAT_PABEGYNT);
        List<BeregnetKategori> apenKvalifisering = Beregning.beregn(iMottak, List.of(), BOSETTING.minusDays(1));
        return Stream.of(
                Arguments.of("i mottak, uten tidligere", iMottak, List.of()),
                Arguments.of("utflyttet fra mottak", utflyttet, apenKvalifisering),
                Arguments.of("bosatt etter mottak", bosatt, apenKvalifisering),
                Arguments.of("introduksjonsloven", bosatt(16, TILLATELSE_INTRODUKSJONSLOVEN), List.of()),
                Arguments.of("ingen tillatelse", new PersonFakta(LocalDate.of(1990, 1, 1), null, null, true, null),
                        apenKvalifisering));
    }

    @ParameterizedTest(name = "idempotent: {0}")
    @MethodSource("idempotensScenarier")
    void beregningErIdempotent(String scenario, PersonFakta fakta, List<BeregnetKategori> tidligere) {
        List<BeregnetKategori> forste = Beregning.beregn(fakta, tidligere, IDAG);
        List<BeregnetKategori> andre = Beregning.beregn(fakta, forste, IDAG);
        assertEquals(forste, andre);
    }

    @Test
    void fristerForOrdningene() {
        PersonFakta fakta = new PersonFakta(fodtMedAlder(30, TILLATELSE), TILLATELSE, BOSETTING, true, null);
        List<BeregnetKategori> resultat = beregn(fakta);

        BeregnetKategori kvalifisering = finn(resultat, KategoriType.KVALIFISERING_I_MOTTAK);
        assertNull(ordning(kvalifisering, OrdningType.KVALIFISERING_MOTTAKSBEBOERE).frist());
        assertEquals(LocalDate.of(2023, 6, 15), ordning(kvalifisering, OrdningType.KOMPETANSEKARTLEGGING).frist());

        BeregnetKategori intro = finn(resultat, KategoriType.INTRODUKSJONSPROGRAM);
        assertEquals(LocalDate.of(2023, 12, 1), ordning(intro, OrdningType.INTRODUKSJONSPROGRAM).frist());
        assertNull(ordning(intro, OrdningType.KOMPETANSEKARTLEGGING).frist());
        assertNull(ordning(intro, OrdningType.KARRIEREVEILEDNING).frist());

        BeregnetKategori opplaering = finn(resultat, KategoriType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP);
        assertEquals(LocalDate.of(2023, 12, 1),
                ordning(opplaering, OrdningType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP).frist());
    }

    @ParameterizedTest(name = "kompetansestatus {0}: kartlegging {1}, karriereveiledning {2}")
    @CsvSource({
            ",AKTIV,AKTIV",
            "SELVREGISTRERT_MOTTATT,FULLFORT,AKTIV",
            "NOTAT_PABEGYNT,FULLFORT,AKTIV",
            "NOTAT_FULLFORT,FULLFORT,FULLFORT"})
    void fullfortRegler(KompetanseStatus kompetanse, OrdningStatus kartlegging, OrdningStatus karriere) {
        PersonFakta fakta = new PersonFakta(fodtMedAlder(30, TILLATELSE), TILLATELSE, BOSETTING, true, kompetanse);

        BeregnetKategori intro = finn(beregn(fakta), KategoriType.INTRODUKSJONSPROGRAM);

        assertEquals(OrdningStatus.AKTIV, ordning(intro, OrdningType.INTRODUKSJONSPROGRAM).status());
        assertEquals(kartlegging, ordning(intro, OrdningType.KOMPETANSEKARTLEGGING).status());
        assertEquals(karriere, ordning(intro, OrdningType.KARRIEREVEILEDNING).status());
    }

    @Test
    void fullfortVinnerOverInaktivILukketKategori() {
        PersonFakta fakta = new PersonFakta(fodtMedAlder(30, TILLATELSE), TILLATELSE, BOSETTING, true,
                KompetanseStatus.SELVREGISTRERT_MOTTATT);

        BeregnetKategori kvalifisering = finn(beregn(fakta), KategoriType.KVALIFISERING_I_MOTTAK);

        assertEquals(OrdningStatus.INAKTIV, ordning(kvalifisering, OrdningType.KVALIFISERING_MOTTAKSBEBOERE).status());
        assertEquals(OrdningStatus.FULLFORT, ordning(kvalifisering, OrdningType.KOMPETANSEKARTLEGGING).status());
    }

    @Test
    void resultatetErSortertEtterFraOgDeretterKategorirekkefolge() {
        List<BeregnetKategori> resultat = beregn(bosatt(30, TILLATELSE));

        assertEquals(List.of(KategoriType.KVALIFISERING_I_MOTTAK, KategoriType.INTRODUKSJONSPROGRAM,
                KategoriType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP), typer(resultat));
        assertEquals(List.of(TILLATELSE, BOSETTING, BOSETTING), resultat.stream().map(BeregnetKategori::fra).toList());
    }
}
