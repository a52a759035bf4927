package no.nir.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import no.nir.test.http.Klienttest;
import no.nir.test.nettleser.Nettleser;
import no.nir.test.nettleser.Testpersoner;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The person pages in a real browser: Grunndata, the NIR menu, an ordning, the overview, Kompetanse
 * and its print view; who is refused what. Data is made by the application (Testpersoner).
 */
class PersonsideNettleserIT extends Klienttest {

    private static final LocalDate TILLATELSE = LocalDate.of(2024, 1, 15);
    /** The beregning's frist for Kompetansekartlegging. */
    private static final LocalDate KARTLEGGINGSFRIST = TILLATELSE.plusMonths(3);

    @Test
    void lesebrukerAapnerPersonNirOrdningOgKompetanse() throws Exception {
        Testpersoner.Person a = lagPerson("4204", "Selam", "Tesfaye");
        try (Nettleser n = nettleser("les")) {
            n.gaaTil("person/grunndata.xhtml?id=" + a.id());
            n.ventPaaTekst(By.id("personnavn"), "Selam Tesfaye");
            assertEquals(a.dufVisning(), tekst(n, "persondufnummer"));
            assertEquals("12.04.1990", tekst(n, "personfodselsdato"));
            assertTrue(tekst(n, "nir-kategori").contains("Kvalifisering i mottak"));
            assertTrue(tekst(n, "nir-kategori").contains("15.01.2024"));
            assertEquals("Kristiansand", tekst(n, "g-kommune"));
            n.skjermbilde("person-grunndata");

            // The arrow expands the ordninger in the browser, without leaving the page.
            By kvalifisering = By.cssSelector("#nir-ordninger a[href*='ordning=" + a.ordning() + "']");
            WebElement ordningslenke = n.driver().findElement(kvalifisering);
            assertFalse(ordningslenke.isDisplayed());
            String grunndataUrl = n.url();
            n.driver().findElement(By.id("nir-pil")).click();
            n.vent(kvalifisering);
            assertEquals("Kvalifisering for mottaksbeboere", ordningslenke.getText());
            assertEquals(grunndataUrl, n.url());
            n.skjermbilde("person-nir-meny");

            ordningslenke.click();
            n.ventPaaTekst(By.id("ordningsnavn"), "Kvalifisering for mottaksbeboere");
            assertTrue(n.url().contains("person/ordning.xhtml") && n.url().contains("ordning=" + a.ordning()));
            assertEquals("Det er ikke registrert tiltak på denne ordningen", tekst(n, "tiltakstatus"));
            assertTrue(tekst(n, "ordning-periode").startsWith("15.01.2024"));
            assertEquals("Aktiv", tekst(n, "ordning-status"));
            n.skjermbilde("person-ordning");

            // The word NIR opens the overview.
            n.driver().findElement(By.id("meny-nir")).click();
            n.ventPaaTekst(By.tagName("h2"), "NIR — Aktive ordninger");
            WebElement passert = n.driver().findElement(By.cssSelector("#nir-oversikt .frist-passert"));
            assertEquals(KARTLEGGINGSFRIST.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                    passert.getText());
            assertEquals(2, n.driver().findElements(By.cssSelector("#nir-oversikt a.ordningslenke")).size());
            n.skjermbilde("person-nir");

            n.driver().findElement(By.id("meny-kompetanse")).click();
            n.vent(By.id("sprak"));
            assertTrue(tekst(n, "sprak").contains("Arabisk"));
            assertTrue(tekst(n, "utdanning").contains("Sykepleie"));
            assertTrue(tekst(n, "karriereveiledning").contains("Ønsker godkjenning"));
            assertEquals(2, n.driver().findElements(By.cssSelector("#statuslinje li.nadd")).size());
            assertEquals(3, n.driver().findElements(By.cssSelector("#statuslinje li")).size());
            n.skjermbilde("person-kompetanse");

            n.driver().findElement(By.id("meny-utskrift")).click();
            n.vent(By.id("skrivut"));
            assertTrue(n.driver().findElements(By.id("personmeny")).isEmpty());
            assertTrue(n.driver().findElements(By.cssSelector("header.topp")).isEmpty());
            assertTrue(tekst(n, "personnavn").contains("Selam Tesfaye"));
            assertTrue(tekst(n, "sprak").contains("Arabisk"));
            n.skjermbilde("person-kompetanse-utskrift");
        }
    }

    @Test
    void kommuneadminHarIkkeKompetanse() throws Exception {
        Testpersoner.Person a = lagPerson("4204", "Dawit", "Haile");
        try (Nettleser n = nettleser("kommuneadmin")) {
            n.gaaTil("person/grunndata.xhtml?id=" + a.id());
            n.ventPaaTekst(By.id("personnavn"), "Dawit Haile");
            assertTrue(n.driver().findElements(By.id("meny-kompetanse")).isEmpty());
            assertTrue(n.driver().findElements(By.id("meny-utskrift")).isEmpty());
            n.skjermbilde("person-kommuneadmin-uten-kompetanse");

            n.gaaTil("person/kompetanse.xhtml?id=" + a.id());
            n.ventPaaTekst(By.cssSelector("#feilside h1"), "Ingen tilgang");
            assertFalse(n.driver().getPageSource().contains("Arabisk"));
            n.skjermbilde("person-kompetanse-avvist");

            n.gaaTil("person/kompetanse-utskrift.xhtml?id=" + a.id());
            n.ventPaaTekst(By.cssSelector("#feilside h1"), "Ingen tilgang");
        }
    }

    @Test
    void personUtenforOmradetGirIkkeFunnet() throws Exception {
        Testpersoner.Person iBergen = lagPerson("4601", "Hawa", "Musa");
        try (Nettleser n = nettleser("les")) {
            n.gaaTil("person/grunndata.xhtml?id=" + iBergen.id());
            n.ventPaaTekst(By.cssSelector("#feilside h1"), "Ikke funnet");
            assertFalse(n.driver().getPageSource().contains("Hawa"));
            n.skjermbilde("person-ikke-funnet");

            for (String sti : new String[] {"person/nir.xhtml?id=" + iBergen.id(),
                    "person/ordning.xhtml?id=" + iBergen.id() + "&ordning=" + iBergen.ordning(),
                    "person/kompetanse.xhtml?id=" + iBergen.id(), "person/grunndata.xhtml?id=999999999",
                    "person/grunndata.xhtml?id=abc", "person/grunndata.xhtml"}) {
                n.gaaTil(sti);
                n.ventPaaTekst(By.cssSelector("#feilside h1"), "Ikke funnet");
            }
        }
    }

    @Test
    void utloptOktGirInnloggingOgSammeSideIgjen() throws Exception {
        Testpersoner.Person a = lagPerson("4204", "Meron", "Tekle");
        try (Nettleser n = Nettleser.start(base)) {
            String side = "person/ordning.xhtml?id=" + a.id() + "&ordning=" + a.ordning();
            n.gaaTil(side);
            assertFalse(n.driver().getPageSource().contains("RES_NOT_FOUND"), "Alle ressurser på innloggingssiden finnes");
            n.sendInnlogging("les", "passord");
            n.ventPaaTekst(By.id("ordningsnavn"), "Kvalifisering for mottaksbeboere");

            // The session ends (expired, or the server restarted): the same URL asks for a login again.
            n.driver().manage().deleteAllCookies();
            n.driver().navigate().refresh();
            n.sendInnlogging("les", "passord");
            n.ventPaaTekst(By.id("ordningsnavn"), "Kvalifisering for mottaksbeboere");
            assertTrue(n.url().endsWith(side), n.url());

            // PrimeFaces pages get the Norwegian client-side texts through resources/primefaces/locales/locale-nb.js.
            n.gaaTil("personliste.xhtml");
            n.vent(By.id("filter"));
            assertEquals("Mandag", ((JavascriptExecutor) n.driver())
                    .executeScript("return PrimeFaces.locales['nb_NO'].dayNames[1];"));
        }
    }

    @Test
    void utloptSidePaPostbackGirForklaringOgVeiTilbake() throws Exception {
        Testpersoner.Person a = lagPerson("4204", "Saba", "Berhane");
        try (Nettleser n = nettleser("les")) {
            String side = "person/grunndata.xhtml?id=" + a.id();
            n.gaaTil(side);
            n.ventPaaTekst(By.id("personnavn"), "Saba Berhane");

            // A postback whose view the server no longer has, as after a restart or a long pause.
            ((JavascriptExecutor) n.driver()).executeScript("var f = document.createElement('form');"
                    + "f.method = 'post'; f.action = location.pathname;"
                    + "var i = document.createElement('input'); i.type = 'hidden';"
                    + "i.name = 'jakarta.faces.ViewState'; i.value = 'utlopt'; f.appendChild(i);"
                    + "document.body.appendChild(f); f.submit();");
            n.ventPaaTekst(By.cssSelector("#feilside h1"), "Siden er utløpt");
            assertFalse(n.driver().getPageSource().contains(".java:"), "Ingen stakkspor");
            n.skjermbilde("person-utlopt-side");

            n.driver().findElement(By.id("utlopt-tilbake")).click();
            n.ventPaaTekst(By.id("personnavn"), "Saba Berhane");
            assertTrue(n.url().endsWith(side), n.url());
        }
    }

    @Test
    void statuskoderSierIkkeOmPersonenFinnes() throws Exception {
        Testpersoner.Person a = lagPerson("4204", "Ruth", "Kidane");
        Testpersoner.Person iBergen = lagPerson("4601", "Ruth", "Kidane");
        assertEquals(200, status("les", "person/grunndata.xhtml?id=" + a.id()));
        assertEquals(404, status("les", "person/grunndata.xhtml?id=" + iBergen.id()));
        assertEquals(404, status("les", "person/grunndata.xhtml?id=999999999"));
        assertEquals(404, status("les", "person/ordning.xhtml?id=" + a.id() + "&ordning=" + iBergen.ordning()));
        assertEquals(403, status("kommuneadmin", "person/kompetanse.xhtml?id=" + a.id()));
        assertEquals(200, status("bosetting", "person/kompetanse.xhtml?id=" + a.id()));
        assertEquals(404, status("bosetting", "person/kompetanse.xhtml?id=" + iBergen.id()));
        assertEquals(403, status("bosetting", "person/grunndata.xhtml?id=" + a.id()));
    }

    /** The HTTP status of a page for a user logged in through the FORM login. */
    private int status(String bruker, String sti) throws Exception {
        HttpResponse<String> svar = okt(bruker).get(sti);
        assertFalse(svar.body().contains("Caused by") || svar.body().contains(".java:"), "Ingen stakkspor i svaret");
        return svar.statusCode();
    }

    private static String tekst(Nettleser n, String id) {
        return n.driver().findElement(By.id(id)).getText().trim();
    }

    /** A mottak resident aged 33 at the permit: kategori, two ordninger (the kartlegging frist passed) and kompetanse. */
    private static Testpersoner.Person lagPerson(String kommune, String fornavn, String etternavn) {
        return Testpersoner.mottaksbeboer(kommune).navn(fornavn, etternavn).fodt(LocalDate.of(1990, 4, 12), "Eritrea")
                .tillatelse(TILLATELSE).medKompetanse().lag();
    }
}
