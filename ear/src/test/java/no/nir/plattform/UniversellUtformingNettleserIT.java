package no.nir.plattform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nir.test.http.Hendelser;
import no.nir.test.http.Klienttest;
import no.nir.test.nettleser.Axe;
import no.nir.test.nettleser.Nettleser;
import no.nir.test.nettleser.Testpersoner;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Universal design (WCAG 2.1 AA): axe-core finds no violation on any page or state the users meet,
 * one browser per role. Prints each state's count, and every violation (rule, target, page) on failure.
 */
class UniversellUtformingNettleserIT extends Klienttest {

    private static final LocalDate FRA = LocalDate.of(2021, 2, 1);
    /** Rapporter → Kvalifisering i mottak for the months of the test data (the user's own kommune). */
    private static final String RAPPORT = "rapport-kvalifisering.xhtml?fra=2021-02&til=2021-06";

    @Test
    void ingenAxeBruddPaaNoenSideEllerTilstand() throws Exception {
        Data d = lagData();
        Axe axe;
        try (Nettleser n = Nettleser.start(base)) {
            axe = new Axe(n.driver());
            n.gaaTil("");
            n.vent(By.id("j_username"));
            axe.sjekk("innlogging");
            n.loggInn("skriv");
            sidene(n, axe, d);
            ordningen(n, axe, d);
            feilsidene(n, axe);
            reflyt(n, d);
        }
        try (Nettleser n = Nettleser.start(base)) {
            Axe admin = new Axe(n.driver());
            n.loggInn("kommuneadmin");
            side(n, admin, "innsynslogg", "innsynslogg.xhtml", By.tagName("h1"));
            side(n, admin, "403 ingen tilgang", "person/kompetanse.xhtml?id=" + d.person, By.id("feilside"));
            admin.antall().forEach(axe.antall()::put);
            admin.ingenBrudd();
        }
        try (Nettleser n = Nettleser.start(base)) {
            Axe drift = new Axe(n.driver());
            n.loggInn("drift");
            side(n, drift, "arbeidsflate drift", "arbeidsflate.xhtml", By.id("til-datakilder"));
            side(n, drift, "datakilder med feilet hendelse", "drift/datakilder.xhtml", By.cssSelector("tr.dodbrev"));
            drift.antall().forEach(axe.antall()::put);
            drift.ingenBrudd();
        }
        axe.ingenBrudd();
    }

    private static void sidene(Nettleser n, Axe axe, Data d) {
        side(n, axe, "arbeidsflate", "arbeidsflate.xhtml", By.tagName("h1"));
        side(n, axe, "personsøk tom", "personsok.xhtml", By.id("q"));
        side(n, axe, "personsøk med treff", "personsok.xhtml?q=" + d.etternavn, By.id("treff"));
        side(n, axe, "personsøk uten treff", "personsok.xhtml?q=Finnesikkeiregisteret", By.id("ingentreff"));
        side(n, axe, "avansert søk", "avansert-sok.xhtml", By.tagName("h1"));
        for (String lovverk : new String[] {"INTEGRERINGSLOVEN", "INTRODUKSJONSLOVEN"}) {
            String liste = "personliste.xhtml?lovverk=" + lovverk + "&navn=" + d.etternavn;
            side(n, axe, "personliste " + lovverk.toLowerCase() + " kategori", liste + "&modus=KATEGORI", By.id("liste"));
            side(n, axe, "personliste " + lovverk.toLowerCase() + " tiltak", liste + "&modus=TILTAK&tiltak=true", By.id("liste"));
        }
        side(n, axe, "grunndata med endringer", "person/grunndata.xhtml?id=" + d.person, By.id("endringer"));
        side(n, axe, "nir", "person/nir.xhtml?id=" + d.person, By.id("nir-oversikt"));
        side(n, axe, "kompetanse", "person/kompetanse.xhtml?id=" + d.person, By.id("personnavn"));
        side(n, axe, "kompetanse utskrift", "person/kompetanse-utskrift.xhtml?id=" + d.person, By.id("skrivut"));
        side(n, axe, "rapporter", "rapporter.xhtml", By.id("rapporter"));
        side(n, axe, "rapport kvalifisering", RAPPORT, By.id("persontabell"));
        side(n, axe, "rapport kvalifisering utskrift", RAPPORT.replace(".xhtml", "-utskrift.xhtml"), By.id("persontabell"));
    }

    private static void ordningen(Nettleser n, Axe axe, Data d) {
        side(n, axe, "ordning sammenfoldet", "person/ordning.xhtml?id=" + d.person + "&ordning=" + d.ordning,
                By.cssSelector(".tiltak-maanedtabell"));
        aapneApril(n);
        axe.sjekk("ordning måned åpen");
        etterKlikk(n, axe, "ordning detaljer åpne", ".tiltak-tabell .ui-row-toggler", ".tiltak-detaljer");
        etterKlikk(n, axe, "ordning bekreft sletting", ".tiltak-detaljer .tiltak-slett", ".tiltak-bekreft");
        lukk(n, ".tiltak-bekreft .ui-confirmdialog-no", ".tiltak-bekreft");
        etterKlikk(n, axe, "ordning dialog åpen", "[id='tiltakOversikt:leggTil']", "#tiltakDialog");
        etterKlikk(n, axe, "ordning dialog med feil", "[id='tiltakSkjema:lagre']", "#tiltakSkjema .ui-message-error");
        lukk(n, "[id='tiltakSkjema:avbryt']", "#tiltakDialog");
        etterKlikk(n, axe, "ordning vis slettede", "[id='tiltakOversikt:visSlettede'] .ui-chkbox-box", ".tiltak-slettet");
    }

    private static void feilsidene(Nettleser n, Axe axe) {
        side(n, axe, "404 ikke funnet", "person/grunndata.xhtml?id=999999999", By.id("feilside"));
        side(n, axe, "500 feil", "feil/feil.xhtml", By.id("feilside"));
        n.gaaTil("arbeidsflate.xhtml");
        // A postback whose view the server no longer has, as after a restart or a long pause.
        ((JavascriptExecutor) n.driver()).executeScript("var f = document.createElement('form');"
                + "f.method = 'post'; f.action = location.pathname;"
                + "var i = document.createElement('input'); i.type = 'hidden';"
                + "i.name = 'jakarta.faces.ViewState'; i.value = 'utlopt'; f.appendChild(i);"
                + "document.body.appendChild(f); f.submit();");
        n.ventPaaTekst(By.cssSelector("#feilside h1"), "Siden er utløpt");
        axe.sjekk("utløpt økt");
    }

    /**
     * WCAG 1.4.10: at 320 CSS px (1280 px at 400 % zoom) the pages need no horizontal scrolling and
     * the left menu sits above the content; screenshots at 320 and 1280 px in target/screenshots.
     */
    private static void reflyt(Nettleser n, Data d) throws IOException {
        Map<String, String> sider = new LinkedHashMap<>();
        sider.put("arbeidsflate", "arbeidsflate.xhtml");
        sider.put("personliste", "personliste.xhtml?lovverk=INTEGRERINGSLOVEN&modus=KATEGORI&navn=" + d.etternavn);
        sider.put("grunndata", "person/grunndata.xhtml?id=" + d.person);
        sider.put("ordning", "person/ordning.xhtml?id=" + d.person + "&ordning=" + d.ordning);
        sider.put("kompetanse", "person/kompetanse.xhtml?id=" + d.person);
        sider.put("rapport-kvalifisering", RAPPORT);
        sider.put("rapport-kvalifisering-utskrift", RAPPORT.replace(".xhtml", "-utskrift.xhtml"));
        HasCdp cdp = (HasCdp) n.driver();
        for (int bredde : new int[] {320, 1280}) {
            cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", bredde, "height", 900, "deviceScaleFactor", 1, "mobile", false));
            for (Map.Entry<String, String> side : sider.entrySet()) {
                n.gaaTil(side.getValue());
                n.vent(By.cssSelector("#hovedinnhold, body.utskrift"));
                n.ventPaaAjax();
                if (side.getKey().equals("ordning")) {
                    aapneApril(n);
                }
                if (side.getKey().startsWith("rapport")) {
                    // The table of figures keeps its columns and scrolls inside itself: show it, not the form.
                    ((JavascriptExecutor) n.driver()).executeScript("document.getElementById('persontabell').scrollIntoView();");
                }
                Number rulling = (Number) ((JavascriptExecutor) n.driver()).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                n.skjermbilde("reflyt-" + bredde + "-" + side.getKey());
                assertTrue(rulling.intValue() <= 0, side.getKey() + " at " + bredde + " px scrolls sideways by " + rulling + " px");
                List<WebElement> meny = n.driver().findElements(By.cssSelector(".venstremeny"));
                if (bredde == 320 && !meny.isEmpty()) {
                    WebElement hovedfelt = n.driver().findElement(By.cssSelector(".hovedfelt"));
                    assertTrue(meny.get(0).getRect().getY() + meny.get(0).getRect().getHeight() <= hovedfelt.getRect().getY(),
                            side.getKey() + ": the left menu is above the content at 320 px");
                }
            }
        }
        cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private static void aapneApril(Nettleser n) {
        n.driver().findElement(By.xpath("//div[contains(@class,'tiltak-maanedtabell')]//tr[@data-ri]"
                + "[td[contains(@class,'tiltak-maaned')][starts-with(normalize-space(.),'April 2021 -')]]//*[contains(@class,'ui-row-toggler')]")).click();
        n.ventPaaAjax();
        n.vent(By.cssSelector(".tiltak-tabell"));
    }

    private static void side(Nettleser n, Axe axe, String tilstand, String sti, By vent) {
        n.gaaTil(sti);
        n.vent(vent);
        n.ventPaaAjax();
        axe.sjekk(tilstand);
    }

    /** Clicks, waits until the state it leads to shows, and audits that state. */
    private static void etterKlikk(Nettleser n, Axe axe, String tilstand, String klikk, String vent) {
        klikk(n, klikk);
        n.vent(By.cssSelector(vent));
        axe.sjekk(tilstand);
    }

    /** Clicks, and waits until what the click closes is gone. */
    private static void lukk(Nettleser n, String klikk, String borte) {
        klikk(n, klikk);
        new WebDriverWait(n.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(borte)));
    }

    private static void klikk(Nettleser n, String css) {
        WebElement e = new WebDriverWait(n.driver(), Duration.ofSeconds(20)).until(dr -> dr.findElements(By.cssSelector(css))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        e.click();
        n.ventPaaAjax();
    }

    // ---------------------------------------------------------------- data

    private record Data(long person, long ordning, String etternavn) {
    }

    /**
     * A mottak resident of 4204 with Kvalifisering and Kompetansekartlegging, an April tiltak and a
     * deleted one, and kompetanse; a second person with the same surname whose Kvalifisering is
     * fullført (a grey row).
     */
    private static Data lagData() {
        String etternavn = "Axe" + (char) ('a' + System.nanoTime() % 26) + (char) ('a' + System.nanoTime() / 26 % 26);
        LocalDate fra = LocalDate.of(2021, 4, 6);
        LocalDate til = LocalDate.of(2021, 4, 30);
        Testpersoner.Person aktiv = Testpersoner.mottaksbeboer("4204").navn("Ada", etternavn).tillatelse(FRA).medKompetanse()
                .tiltak("ANNET", fra, til, "10").slettetTiltak("ANNET", fra, til, "10").lag();
        Testpersoner.mottaksbeboer("4204").navn("Ada", etternavn).tillatelse(FRA).status("FULLFORT").lag();
        // Grunndata with a change from a register, and a dead letter for the operators' page (after its retries).
        Hendelser.send(Hendelser.navnEndret(Hendelser.nyId("freg"), Hendelser.tidspunkt(1), aktiv.duf(), "Ada", etternavn),
                "{\"hendelseId\": \"axe\", ikke JSON");
        return new Data(aktiv.id(), aktiv.ordning(), etternavn);
    }
}
