package no.nir.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.regex.Pattern;
import java.sql.Connection;
import java.sql.SQLException;
import no.nir.ordning.KategoriType;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A caseworker logs in through the real login page in a real browser, and out again. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InnloggingNettleserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

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
        long person = personIKristiansand();
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

    /** A mottak resident of 4204, made with plain JDBC like the other browser tests' data. */
    private static long personIKristiansand() throws SQLException {
        try (Connection c = Jdbc.koble()) {
            long person = Jdbc.nesteId(c, "person_seq");
            Jdbc.oppdater(c, "insert into person (id, duf_nummer, fornavn, etternavn, fodselsdato, kjonn, statsborgerskap,"
                    + " oppfolgingskommune_nummer) values (?, ?, 'Innlogging', 'Testperson', date '1991-01-01', 'M',"
                    + " 'Syria', '4204')", person, String.format("7%011d", System.nanoTime() % 100_000_000_000L));
            return person;
        }
    }

    @Test
    void feilPassordGirNorskMelding() throws Exception {
        try (Nettleser nettleser = Nettleser.start(base)) {
            nettleser.gaaTil("");
            nettleser.driver().findElement(By.id("j_username")).sendKeys("les");
            nettleser.driver().findElement(By.id("j_password")).sendKeys("feil");
            nettleser.driver().findElement(By.id("logginn")).click();
            nettleser.ventPaaTekst(By.id("loginfeil"), "Feil brukernavn eller passord");
        }
    }
}
