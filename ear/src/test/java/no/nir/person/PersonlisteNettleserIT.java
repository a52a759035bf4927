package no.nir.person;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import no.nir.kalender.Norsktid;
import no.nir.test.Navn;
import no.nir.test.http.Klienttest;
import no.nir.test.nettleser.Nettleser;
import no.nir.test.nettleser.Testpersoner;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Personsøk, the person list with paging, sorting, a bydel filter and the CSV download, in a real
 * browser. The data is 30 settled persons in Oslo, under a surname unique to the run.
 */
class PersonlisteNettleserIT extends Klienttest {

    private static final LocalDate FRA = LocalDate.of(2024, 5, 2);
    private static final String SPESIELT_FORNAVN = "=Åse \"Ola\"; Nord";

    private record Laget(List<Long> personer, List<String> duf) {
    }

    @Test
    void sokListeFiltrerSideSorterOgLastNed() throws Exception {
        String etternavn = Navn.unikt("Nett");
        Laget data = lagPersoner(etternavn);
        List<String> sortert = data.duf().stream().sorted().toList();
        String liste = "personliste.xhtml?lovverk=INTEGRERINGSLOVEN&modus=KATEGORI&kategori=INTRODUKSJONSPROGRAM"
                + "&ordning=INTRODUKSJONSPROGRAM&navn="
                + etternavn;

        try (Nettleser n = nettleser("oslo")) {
            n.gaaTil("arbeidsflate.xhtml");
            n.vent(By.id("medTiltak"));
            n.skjermbilde("personliste-01-arbeidsflate");
            String utenTiltak = n.driver().findElement(By.cssSelector("#utenTiltak .tall")).getText();
            n.driver().findElement(By.id("utenTiltak")).click();
            n.ventPaaTekst(By.id("liste"), "av " + utenTiltak + " linjer");
            assertTrue(n.url().contains("modus=TILTAK") && n.url().contains("tiltak=UTEN"), n.url());

            // Personsøk: several hits show a table; a DUF-nummer with spaces opens the person.
            n.driver().findElement(By.id("meny-personer")).click();
            n.vent(By.id("q")).sendKeys(etternavn);
            n.driver().findElement(By.id("sok")).click();
            n.ventPaaTekst(By.id("treff"), etternavn);
            assertEquals(30, n.driver().findElements(By.cssSelector("#treff_data tr")).size());
            assertTrue(n.url().contains("personsok.xhtml?q=" + etternavn), n.url());
            n.skjermbilde("personliste-02-personsok");
            String dufMedMellomrom = new DufNummer(data.duf().get(5)).visning();
            n.driver().findElement(By.id("q")).clear();
            n.driver().findElement(By.id("q")).sendKeys(dufMedMellomrom);
            n.driver().findElement(By.id("sok")).click();
            new WebDriverWait(n.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().contains("/person/grunndata.xhtml?id=" + data.personer().get(5)));

            // The list: 30 lines, grey for the fullført ordning, 25 per page.
            n.gaaTil(liste);
            n.ventPaaTekst(By.id("liste"), "Viser 1 - 25 av 30 linjer");
            assertEquals(sortert.get(0), forsteDuf(n));
            WebElement grå = n.driver().findElement(By.xpath(
                    "//tbody[@id='liste_data']/tr[.//a[normalize-space(.)='" + new DufNummer(data.duf().get(1)).visning() + "']]"));
            assertTrue(grå.getAttribute("class").contains("inaktiv"));
            assertTrue(n.driver().findElement(By.id("forklaring")).getText().contains("Grå skrift = ordning er inaktiv eller fullført"));
            n.skjermbilde("personliste-03-liste");

            n.driver().findElement(By.cssSelector("#liste .ui-paginator-next")).click();
            n.ventPaaTekst(By.id("liste"), "Viser 26 - 30 av 30 linjer");
            n.ventPaaAjax();
            assertTrue(n.url().contains("side=2"), n.url());

            n.driver().findElement(By.xpath("//th[.//span[text()='DUF-nummer']]")).click();
            n.ventPaaAjax();
            new WebDriverWait(n.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> sortert.get(29).equals(forsteDuf(n)));
            assertTrue(n.url().contains("sorter=duf-desc"), n.url());
            n.skjermbilde("personliste-04-sortert");

            // Bookmarked URL with page and sort opens the same view.
            n.gaaTil(liste + "&side=2&sorter=duf-desc");
            n.ventPaaTekst(By.id("liste"), "Viser 26 - 30 av 30 linjer");
            assertEquals(sortert.get(4), forsteDuf(n));

            // Bydel filter through the form; Søk changes the URL.
            n.velg("bydel", "Gamle Oslo");
            new WebDriverWait(n.driver(), java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("bydel_panel")));
            n.driver().findElement(By.id("sok")).click();
            n.ventPaaTekst(By.id("liste"), "Viser 1 - 20 av 20 linjer");
            assertTrue(n.url().contains("bydel=030101"), n.url());
            n.skjermbilde("personliste-05-bydel");

            n.driver().findElement(By.id("lastNedCsv")).click();
            Path fil = ventPaaNedlasting(n.nedlastinger(), "personliste-" + LocalDate.now(Norsktid.SONE) + ".csv");
            byte[] bytes = Files.readAllBytes(fil);
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
            String[] linjer = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
            assertEquals("DUF-nummer;Fornavn;Etternavn;Kategori;Kategori fra;Ordning;Frist;Status", linjer[0]);
            assertEquals(21, linjer.length, "alle linjer i søket, ikke bare siden");
            assertTrue(Stream.of(linjer).anyMatch(l -> l.equals(new DufNummer(data.duf().get(0)).visning()
                    + ";\"'=Åse \"\"Ola\"\"; Nord\";" + etternavn
                    + ";Rett og plikt til introduksjonsprogram;02.05.2024;Introduksjonsprogram;02.08.2024;Aktiv")),
                    String.join("\n", linjer));
            Files.delete(fil);

            n.gaaTil("avansert-sok.xhtml");
            n.vent(By.id("etternavn")).sendKeys(etternavn);
            n.driver().findElement(By.id("sok")).click();
            n.ventPaaTekst(By.id("treff"), etternavn);
            n.skjermbilde("personliste-06-avansert-sok");

            // A user of another kommune sees none of them.
            n.driver().findElement(By.id("loggut")).click();
            n.vent(By.id("j_username"));
            n.loggInn("bergen");
            n.gaaTil(liste);
            n.ventPaaTekst(By.id("liste"), "Ingen personer i listen");
            n.gaaTil("personsok.xhtml?q=" + data.duf().get(5));
            n.ventPaaTekst(By.id("ingentreff"), "Ingen personer funnet");
            n.skjermbilde("personliste-07-annen-kommune");
            n.gaaTil("personliste.csv?kommune=0301&navn=" + etternavn);
            Path tom = ventPaaNedlasting(n.nedlastinger(), "personliste-" + LocalDate.now(Norsktid.SONE) + ".csv");
            String innhold = new String(Files.readAllBytes(tom), StandardCharsets.UTF_8);
            assertEquals("\uFEFFDUF-nummer;Fornavn;Etternavn;Kategori;Kategori fra;Ordning;Frist;Status\r\n", innhold);
        }
    }

    private static String forsteDuf(Nettleser n) {
        return n.driver().findElement(By.cssSelector("#liste_data tr:first-child a.duflenke")).getText().replace(" ", "");
    }

    private static Path ventPaaNedlasting(Path mappe, String navn) throws Exception {
        Path fil = mappe.resolve(navn);
        for (int i = 0; i < 100 && !Files.exists(fil); i++) {
            Thread.sleep(200);
        }
        assertTrue(Files.exists(fil), "CSV-filen " + navn + " ble ikke lastet ned: " + Arrays.toString(mappe.toFile().list()));
        return fil;
    }

    /**
     * 30 persons in Oslo aged 34 at the permit, settled the same day: 20 in Gamle Oslo, 10 in
     * Grünerløkka, each with Rett og plikt til introduksjonsprogram and its ordning
     * Introduksjonsprogram (one list line each with the ordning filter). Person 0 has a name that
     * tests the CSV; person 1's ordning is fullført; persons 2 and 3 have a tiltak.
     */
    private static Laget lagPersoner(String etternavn) {
        List<Long> personer = new ArrayList<>();
        List<String> dufNumre = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Testpersoner.Bygger bygger = Testpersoner.mottaksbeboer("0301")
                    .navn(i == 0 ? SPESIELT_FORNAVN : "Person" + (char) ('a' + i % 26) + (char) ('a' + i / 26), etternavn)
                    .tillatelse(FRA).bosatt(FRA, i < 20 ? "030101" : "030102").ordning("INTRODUKSJONSPROGRAM");
            if (i == 1) {
                bygger.status("FULLFORT");
            }
            if (i == 2 || i == 3) {
                bygger.tiltak("ANNET", FRA, FRA.plusDays(4), "5");
            }
            Testpersoner.Person person = bygger.lag();
            personer.add(person.id());
            dufNumre.add(person.duf());
        }
        return new Laget(personer, dufNumre);
    }
}
