package no.nir.tiltak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import no.nir.test.Deployments;
import no.nir.test.nettleser.Jdbc;
import no.nir.test.nettleser.Nettleser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Rapporter → Kvalifisering i mottak in a real browser as IMDi, for Hamar (3403, used by no other
 * test): both charts drawn, the tables under them, the print view and the CSV file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TiltaksrapportNettleserIT {

    private static final String HAMAR = "3403";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

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
     * Jobbsøkerkurs 01.03–30.06 (6 t), one from 01.02.2024 without tiltak. Written with plain SQL, so
     * the report's figures are brought up to date the way the application does it.
     */
    private static void lagRegister() throws Exception {
        try (Connection c = Jdbc.koble()) {
            long mottak = Jdbc.nesteId(c, "mottak_seq");
            Jdbc.oppdater(c, "insert into mottak (id, navn, vertskommune_nummer) values (?, 'Rapportmottak', '" + HAMAR + "')", mottak);
            long forste = ordning(c, mottak, "2024-01-15");
            long andre = ordning(c, mottak, "2024-02-01");
            tiltak(c, forste, "NORSKOPPLAERING", "2024-01-15", "2024-04-30", "12");
            tiltak(c, forste, "JOBBSOKERKURS", "2024-03-01", "2024-06-30", "6");
            Rapportgrunnlag.oppdater(c, forste);
            Rapportgrunnlag.oppdater(c, andre);
        }
    }

    private static long ordning(Connection c, long mottak, String fra) throws Exception {
        long person = Jdbc.nesteId(c, "person_seq");
        String duf = String.format("7%011d", System.nanoTime() % 100_000_000_000L);
        Jdbc.oppdater(c, "insert into person (id, duf_nummer, fornavn, etternavn, fodselsdato, kjonn, statsborgerskap,"
                + " tillatelsesdato, mottak_id, oppfolgingskommune_nummer) values (?, ?, 'Rapport', 'Nettleser',"
                + " date '1990-01-01', 'K', 'Syria', cast(? as date), ?, '" + HAMAR + "')", person, duf, fra, mottak);
        long kategori = Jdbc.nesteId(c, "kategori_seq");
        Jdbc.oppdater(c, "insert into kategori (id, person_id, type, lovverk, fra_dato)"
                + " values (?, ?, 'KVALIFISERING_I_MOTTAK', 'INTEGRERINGSLOVEN', cast(? as date))", kategori, person, fra);
        long ordning = Jdbc.nesteId(c, "ordning_seq");
        Jdbc.oppdater(c, "insert into ordning (id, kategori_id, person_id, type, kategori_type, fra_dato, status,"
                + " oppfolgingskommune_nummer) values (?, ?, ?, 'KVALIFISERING_MOTTAKSBEBOERE',"
                + " 'KVALIFISERING_I_MOTTAK', cast(? as date), 'AKTIV', '" + HAMAR + "')", ordning, kategori, person, fra);
        return ordning;
    }

    private static void tiltak(Connection c, long ordning, String type, String fra, String til, String timer) throws Exception {
        Jdbc.oppdater(c, "insert into tiltak (id, ordning_id, tiltakstype_kode, fra_dato, til_dato, timer_per_uke,"
                + " oppfolgingskommune_nummer, registrert_av, registrert_tid) values (?, ?, ?, cast(? as date),"
                + " cast(? as date), cast(? as numeric), '" + HAMAR + "', 'testdata', now())",
                Jdbc.nesteId(c, "tiltak_seq"), ordning, type, fra, til, timer);
    }
}
