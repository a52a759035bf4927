package no.nir.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
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

/**
 * The person pages in a real browser: Grunndata, the NIR menu, an ordning, the overview, Kompetanse
 * and its print view; who is refused what. Data is written with plain JDBC, as the register has it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonsideNettleserIT {

    private static final AtomicLong LOPENUMMER = new AtomicLong(System.currentTimeMillis() % 1_000_000L * 1000);
    private static final LocalDate TILLATELSE = LocalDate.of(2024, 1, 15);
    private static final LocalDate KARTLEGGINGSFRIST = TILLATELSE.plusMonths(3);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void lesebrukerAapnerPersonNirOrdningOgKompetanse() throws Exception {
        Person a = lagPerson("4204", "Selam", "Tesfaye");
        try (Nettleser n = Nettleser.start(base)) {
            n.loggInn("les");
            n.gaaTil("person/grunndata.xhtml?id=" + a.id);
            n.ventPaaTekst(By.id("personnavn"), "Selam Tesfaye");
            assertEquals(a.dufVisning(), tekst(n, "persondufnummer"));
            assertEquals("12.04.1990", tekst(n, "personfodselsdato"));
            assertTrue(tekst(n, "nir-kategori").contains("Kvalifisering i mottak"));
            assertTrue(tekst(n, "nir-kategori").contains("15.01.2024"));
            assertEquals("Kristiansand", tekst(n, "g-kommune"));
            n.skjermbilde("person-grunndata");

            // The arrow expands the ordninger in the browser, without leaving the page.
            By kvalifisering = By.cssSelector("#nir-ordninger a[href*='ordning=" + a.kvalifiseringId + "']");
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
            assertTrue(n.url().contains("person/ordning.xhtml") && n.url().contains("ordning=" + a.kvalifiseringId));
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
        Person a = lagPerson("4204", "Dawit", "Haile");
        try (Nettleser n = Nettleser.start(base)) {
            n.loggInn("kommuneadmin");
            n.gaaTil("person/grunndata.xhtml?id=" + a.id);
            n.ventPaaTekst(By.id("personnavn"), "Dawit Haile");
            assertTrue(n.driver().findElements(By.id("meny-kompetanse")).isEmpty());
            assertTrue(n.driver().findElements(By.id("meny-utskrift")).isEmpty());
            n.skjermbilde("person-kommuneadmin-uten-kompetanse");

            n.gaaTil("person/kompetanse.xhtml?id=" + a.id);
            n.ventPaaTekst(By.cssSelector("#feilside h1"), "Ingen tilgang");
            assertFalse(n.driver().getPageSource().contains("Arabisk"));
            n.skjermbilde("person-kompetanse-avvist");

            n.gaaTil("person/kompetanse-utskrift.xhtml?id=" + a.id);
            n.ventPaaTekst(By.cssSelector("#feilside h1"), "Ingen tilgang");
        }
    }

    @Test
    void personUtenforOmradetGirIkkeFunnet() throws Exception {
        Person iBergen = lagPerson("4601", "Hawa", "Musa");
        try (Nettleser n = Nettleser.start(base)) {
            n.loggInn("les");
            n.gaaTil("person/grunndata.xhtml?id=" + iBergen.id);
            n.ventPaaTekst(By.cssSelector("#feilside h1"), "Ikke funnet");
            assertFalse(n.driver().getPageSource().contains("Hawa"));
            n.skjermbilde("person-ikke-funnet");

            for (String sti : new String[] {"person/nir.xhtml?id=" + iBergen.id,
                    "person/ordning.xhtml?id=" + iBergen.id + "&ordning=" + iBergen.kvalifiseringId,
                    "person/kompetanse.xhtml?id=" + iBergen.id, "person/grunndata.xhtml?id=999999999",
                    "person/grunndata.xhtml?id=abc", "person/grunndata.xhtml"}) {
                n.gaaTil(sti);
                n.ventPaaTekst(By.cssSelector("#feilside h1"), "Ikke funnet");
            }
        }
    }

    @Test
    void utloptOktGirInnloggingOgSammeSideIgjen() throws Exception {
        Person a = lagPerson("4204", "Meron", "Tekle");
        try (Nettleser n = Nettleser.start(base)) {
            String side = "person/ordning.xhtml?id=" + a.id + "&ordning=" + a.kvalifiseringId;
            n.gaaTil(side);
            assertFalse(n.driver().getPageSource().contains("RES_NOT_FOUND"), "Alle ressurser på innloggingssiden finnes");
            loggInnPaSiden(n, "les");
            n.ventPaaTekst(By.id("ordningsnavn"), "Kvalifisering for mottaksbeboere");

            // The session ends (expired, or the server restarted): the same URL asks for a login again.
            n.driver().manage().deleteAllCookies();
            n.driver().navigate().refresh();
            loggInnPaSiden(n, "les");
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
        Person a = lagPerson("4204", "Saba", "Berhane");
        try (Nettleser n = Nettleser.start(base)) {
            n.loggInn("les");
            String side = "person/grunndata.xhtml?id=" + a.id;
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

    private static void loggInnPaSiden(Nettleser n, String bruker) {
        n.vent(By.id("j_username")).sendKeys(bruker);
        n.driver().findElement(By.id("j_password")).sendKeys("passord");
        n.driver().findElement(By.id("logginn")).click();
    }

    @Test
    void statuskoderSierIkkeOmPersonenFinnes() throws Exception {
        Person a = lagPerson("4204", "Ruth", "Kidane");
        Person iBergen = lagPerson("4601", "Ruth", "Kidane");
        assertEquals(200, status("les", "person/grunndata.xhtml?id=" + a.id));
        assertEquals(404, status("les", "person/grunndata.xhtml?id=" + iBergen.id));
        assertEquals(404, status("les", "person/grunndata.xhtml?id=999999999"));
        assertEquals(404, status("les", "person/ordning.xhtml?id=" + a.id + "&ordning=" + iBergen.kvalifiseringId));
        assertEquals(403, status("kommuneadmin", "person/kompetanse.xhtml?id=" + a.id));
        assertEquals(200, status("bosetting", "person/kompetanse.xhtml?id=" + a.id));
        assertEquals(404, status("bosetting", "person/kompetanse.xhtml?id=" + iBergen.id));
        assertEquals(403, status("bosetting", "person/grunndata.xhtml?id=" + a.id));
    }

    /** The final HTTP status of a page for a user, logged in through the FORM login. */
    private int status(String bruker, String sti) throws Exception {
        HttpClient klient = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        URI side = base.toURI().resolve(sti);
        HttpResponse<String> login = klient.send(HttpRequest.newBuilder(side).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(login.body().contains("j_username"), "Innloggingssiden først");
        String skjema = "j_username=" + URLEncoder.encode(bruker, StandardCharsets.UTF_8) + "&j_password=passord";
        HttpResponse<String> svar = klient.send(HttpRequest.newBuilder(base.toURI().resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(skjema)).build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(svar.body().contains("Caused by") || svar.body().contains(".java:"), "Ingen stakkspor i svaret");
        return svar.statusCode();
    }

    private static String tekst(Nettleser n, String id) {
        return n.driver().findElement(By.id(id)).getText().trim();
    }

    /** A mottak resident with kategori, two ordninger (the kartlegging frist passed) and kompetanse. */
    private record Person(long id, String duf, long kvalifiseringId) {
        String dufVisning() {
            return duf.substring(0, 4) + " " + duf.substring(4, 10) + " " + duf.substring(10);
        }
    }

    private static Person lagPerson(String kommune, String fornavn, String etternavn) throws SQLException {
        try (Connection c = Jdbc.koble()) {
            String duf = String.format("8%011d", LOPENUMMER.incrementAndGet());
            long mottak = Jdbc.nesteId(c, "mottak_seq");
            Jdbc.oppdater(c, "insert into mottak (id, navn, vertskommune_nummer) values (?, ?, ?)", mottak,
                    "Nettlesermottak " + kommune, kommune);
            long person = Jdbc.nesteId(c, "person_seq");
            Jdbc.oppdater(c, "insert into person (id, duf_nummer, fornavn, etternavn, fodselsdato, kjonn, statsborgerskap,"
                            + " tillatelsesdato, mottak_id, oppfolgingskommune_nummer) values (?, ?, ?, ?, ?, 'K', 'Eritrea', ?, ?, ?)",
                    person, duf, fornavn, etternavn, Date.valueOf(LocalDate.of(1990, 4, 12)), Date.valueOf(TILLATELSE),
                    mottak, kommune);
            long kategori = Jdbc.nesteId(c, "kategori_seq");
            Jdbc.oppdater(c, "insert into kategori (id, person_id, type, lovverk, fra_dato)"
                    + " values (?, ?, 'KVALIFISERING_I_MOTTAK', 'INTEGRERINGSLOVEN', ?)", kategori, person, Date.valueOf(TILLATELSE));
            long kvalifisering = Jdbc.nesteId(c, "ordning_seq");
            String ordning = "insert into ordning (id, kategori_id, person_id, type, kategori_type, fra_dato, status, frist,"
                    + " oppfolgingskommune_nummer) values (?, ?, ?, ?, 'KVALIFISERING_I_MOTTAK', ?, 'AKTIV', ?, ?)";
            Jdbc.oppdater(c, ordning, kvalifisering, kategori, person, "KVALIFISERING_MOTTAKSBEBOERE", Date.valueOf(TILLATELSE),
                    null, kommune);
            Jdbc.oppdater(c, ordning, Jdbc.nesteId(c, "ordning_seq"), kategori, person, "KOMPETANSEKARTLEGGING", Date.valueOf(TILLATELSE),
                    Date.valueOf(KARTLEGGINGSFRIST), kommune);
            long kompetanse = Jdbc.nesteId(c, "kompetanse_seq");
            Jdbc.oppdater(c, "insert into kompetanse (id, person_id, kilde, registrert_dato, status, andre_ferdigheter,"
                            + " interesser, karriereveiledning_notat, karriereveiledning_dato)"
                            + " values (?, ?, 'SELVREGISTRERT', ?, 'NOTAT_PABEGYNT', 'Førerkort klasse B', 'Fotball', ?, ?)",
                    kompetanse, person, Date.valueOf(LocalDate.of(2024, 3, 1)),
                    "Ønsker godkjenning av sykepleierutdanningen.", Date.valueOf(LocalDate.of(2024, 4, 2)));
            Jdbc.oppdater(c, "insert into kompetanse_sprak (id, kompetanse_id, sprak, muntlig_niva, skriftlig_niva, morsmal)"
                    + " values (?, ?, 'Arabisk', 'Morsmål', 'Morsmål', true)", Jdbc.nesteId(c, "kompetanse_sprak_seq"), kompetanse);
            Jdbc.oppdater(c, "insert into kompetanse_yrke (id, kompetanse_id, yrke, antall_ar) values (?, ?, 'Sykepleier', 4.5)",
                    Jdbc.nesteId(c, "kompetanse_yrke_seq"), kompetanse);
            Jdbc.oppdater(c, "insert into kompetanse_utdanning (id, kompetanse_id, niva, fagfelt, land, antall_ar, fullfort)"
                    + " values (?, ?, 'Bachelor', 'Sykepleie', 'Eritrea', 3, true)", Jdbc.nesteId(c, "kompetanse_utdanning_seq"), kompetanse);
            return new Person(person, duf, kvalifisering);
        }
    }

}
