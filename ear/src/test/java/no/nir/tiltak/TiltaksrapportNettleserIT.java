package no.nir.tiltak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import no.nir.test.http.Klienttest;
import no.nir.test.nettleser.Nettleser;
import no.nir.test.nettleser.Testpersoner;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Rapporter → Kvalifisering i mottak in a real browser as IMDi, for Hamar (3403, used by no other
 * test): both charts drawn, the tables under them, the print view and the CSV file.
 */
class TiltaksrapportNettleserIT extends Klienttest {

    private static final String HAMAR = "3403";

    @Test
    void rapportenMedBeggeDiagrammeneUtskriftOgCsv() throws Exception {
        lagRegister();
        try (Nettleser n = Nettleser.start(base)) {
            try {
                gjennomfoer(n);
            } catch (Exception | AssertionError e) {
                n.skjermbilde("rapport-kvalifisering-feil");
                throw e;
            }
        }
    }

    private static void gjennomfoer(Nettleser n) throws Exception {
        n.loggInn("imdi");
        n.gaaTil("rapporter.xhtml");
        n.vent(By.id("rapport-kvalifisering")).click();
        n.ventPaaTekst(By.id("omraade"), "Hele landet");
        assertEquals(12, n.driver().findElements(By.cssSelector("#persontabell tbody tr")).size(), "the last 12 months");

        // Choose Hamar, January–June 2024 in the form; the choice lands in the URL.
        settMaaned(n, "fra", "2024-01");
        settMaaned(n, "til", "2024-06");
        new org.openqa.selenium.support.ui.Select(n.driver().findElement(By.id("kommune"))).selectByVisibleText("Hamar");
        n.driver().findElement(By.id("vis")).click();
        n.ventPaaTekst(By.id("omraade"), "Hamar");
        assertTrue(n.url().contains("fra=2024-01") && n.url().contains("kommune=3403"), n.url());

        // January: one person, with 12 t from the 15th; February on: two persons, one with tiltak.
        assertEquals(List.of("januar 2024", "1", "1", "100,0"), celler(n, "persontabell", 0).subList(0, 4));
        assertEquals(List.of("februar 2024", "2", "1", "50,0"), celler(n, "persontabell", 1).subList(0, 4));
        assertEquals(6, n.driver().findElements(By.cssSelector("#persontabell tbody tr")).size());
        assertTrue(n.vent(By.id("forklaring-snitt")).getText().contains("personer uten tiltak teller med 0 timer"));
        assertTegnet(n, "persondiagram");
        assertTegnet(n, "timediagram");
        n.skjermbilde("rapport-kvalifisering");
        ((JavascriptExecutor) n.driver()).executeScript("document.getElementById('timediagram').scrollIntoView();");
        n.skjermbilde("rapport-kvalifisering-timer");

        n.driver().findElement(By.id("utskrift")).click();
        n.ventPaaTekst(By.id("omraade"), "Hamar");
        assertTegnet(n, "persondiagram");
        assertTegnet(n, "timediagram");
        assertTrue(n.driver().findElements(By.cssSelector(".topp")).isEmpty(), "no menu in the print view");
        n.skjermbilde("rapport-kvalifisering-utskrift");

        n.driver().findElement(By.id("tilbake")).click();
        n.vent(By.id("csv")).click();
        Path fil = new WebDriverWait(n.driver(), Duration.ofSeconds(20)).until(d -> nedlastet(n.nedlastinger()));
        byte[] innhold = Files.readAllBytes(fil);
        String tekst = new String(innhold, 3, innhold.length - 3, StandardCharsets.UTF_8);
        assertTrue(tekst.startsWith("Område;Fra dato;Til dato;Personer i ordningen;"), tekst);
        assertTrue(tekst.contains("\r\nHamar;01.02.2024;29.02.2024;2;1;50,0;"), tekst);
    }

    private static void settMaaned(Nettleser n, String id, String verdi) {
        // A month field takes its value through script: typing into it depends on the browser's locale.
        ((JavascriptExecutor) n.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, verdi);
    }

    private static List<String> celler(Nettleser n, String tabell, int rad) {
        WebElement linje = n.driver().findElements(By.cssSelector("#" + tabell + " tbody tr")).get(rad);
        return linje.findElements(By.cssSelector("th, td")).stream().map(e -> e.getText().trim()).toList();
    }

    /** Chart.js has made a chart on the canvas and drawn something on it (not a blank bitmap). */
    private static void assertTegnet(Nettleser n, String diagram) {
        Boolean tegnet = (Boolean) new WebDriverWait(n.driver(), Duration.ofSeconds(20)).until(d -> {
            Object svar = ((JavascriptExecutor) d).executeScript(
                    "var c = document.getElementById(arguments[0] + '_canvas');"
                            + "if (!c || !window.Chart || !Chart.getChart(c) || c.width === 0) return null;"
                            + "var p = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                            + "for (var i = 3; i < p.length; i += 4) { if (p[i] > 0) return true; }"
                            + "return null;", diagram);
            return (Boolean) svar;
        });
        assertTrue(tegnet, diagram);
        assertTrue(n.driver().findElement(By.id(diagram + "_canvas")).isDisplayed(), diagram);
    }

    private static Path nedlastet(Path mappe) {
        try (Stream<Path> filer = Files.list(mappe)) {
            return filer.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * Two mottak residents in Hamar: one from 15.01.2024 with Norskopplæring 15.01–30.04 (12 t) and
     * Jobbsøkerkurs 01.03–30.06 (6 t), one from 01.02.2024 without tiltak.
     */
    private static void lagRegister() throws Exception {
        Testpersoner.mottaksbeboer(HAMAR).navn("Rapport", "Nettleser").tillatelse(LocalDate.of(2024, 1, 15))
                .tiltak("NORSKOPPLAERING", LocalDate.of(2024, 1, 15), LocalDate.of(2024, 4, 30), "12")
                .tiltak("JOBBSOKERKURS", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30), "6")
                .lag();
        Testpersoner.mottaksbeboer(HAMAR).navn("Rapport", "Nettleser").tillatelse(LocalDate.of(2024, 2, 1)).lag();
    }
}
