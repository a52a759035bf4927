package no.nir.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Pattern;
import no.nir.ordning.KategoriType;
import no.nir.test.http.Klienttest;
import no.nir.test.nettleser.Nettleser;
import no.nir.test.nettleser.Testpersoner;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A caseworker logs in through the real login page in a real browser, and out again. */
class InnloggingNettleserIT extends Klienttest {

    @Test
    void lesebrukerLoggerInnOgSerPersonsiden() throws Exception {
        try (Nettleser nettleser = Nettleser.start(base)) {
            nettleser.gaaTil("personliste.xhtml");
            nettleser.vent(By.id("j_username"));
            nettleser.skjermbilde("plattform-01-innlogging");

            nettleser.loggInn("les");
            nettleser.gaaTil("personliste.xhtml");
            nettleser.ventPaaTekst(By.tagName("h1"), "Oversikt over personer omfattet av integreringsloven");
            // The list has loaded when it states its line count, not merely when the word appears.
            new WebDriverWait(nettleser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textMatches(
                    By.id("liste"), Pattern.compile("av [\\d\\s\u00a0]+ linjer")));
            assertTrue(nettleser.driver().findElement(By.id("innlogget")).getText().contains("les"));
            nettleser.skjermbilde("plattform-02-personer");

            // Every top menu item leads to a page: Rapporter lists each kategori with its CSV file.
            nettleser.driver().findElement(By.id("meny-rapporter")).click();
            nettleser.ventPaaTekst(By.id("rapporter"), "Kvalifisering i mottak");
            assertEquals(KategoriType.values().length,
                    nettleser.driver().findElements(By.cssSelector("#rapporter a.csvlenke")).size());
            assertTrue(nettleser.driver().findElements(By.id("meny-innsynslogg")).isEmpty(),
                    "only kommune administrators and IMDi see the innsynslogg");
            nettleser.skjermbilde("plattform-03-rapporter");

            nettleser.driver().findElement(By.id("loggut")).click();
            nettleser.vent(By.id("j_username"));
        }
    }

    @Test
    void kommuneadminSerInnsynsloggen() throws Exception {
        long person = Testpersoner.mottaksbeboer("4204").navn("Innlogging", "Testperson").lag().id();
        try (Nettleser nettleser = Nettleser.start(base)) {
            // A caseworker opens a person; the kommune's administrator sees it in the log.
            nettleser.loggInn("les");
            nettleser.gaaTil("person/grunndata.xhtml?id=" + person);
            nettleser.ventPaaTekst(By.id("personnavn"), "Innlogging Testperson");
            nettleser.driver().findElement(By.id("loggut")).click();
            nettleser.vent(By.id("j_username"));

            nettleser.loggInn("kommuneadmin");
            nettleser.driver().findElement(By.id("meny-innsynslogg")).click();
            nettleser.ventPaaTekst(By.tagName("h1"), "Innsynslogg");
            nettleser.ventPaaTekst(By.id("innsynsloggskjema:innsynslogg"), "Innlogging Testperson");
            assertTrue(nettleser.driver().findElement(By.id("innsynsloggskjema:innsynslogg")).getText().contains("Åpnet person"));
            nettleser.skjermbilde("plattform-04-innsynslogg");
        }
    }

    @Test
    void feilPassordGirNorskMelding() throws Exception {
        try (Nettleser nettleser = Nettleser.start(base)) {
            nettleser.gaaTil("");
            nettleser.sendInnlogging("les", "feil");
            nettleser.ventPaaTekst(By.id("loginfeil"), "Feil brukernavn eller passord");
        }
    }
}
