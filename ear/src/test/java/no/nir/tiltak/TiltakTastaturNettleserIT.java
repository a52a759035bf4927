package no.nir.tiltak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import no.nir.test.http.Klienttest;
import no.nir.test.nettleser.Nettleser;
import no.nir.test.nettleser.Testpersoner;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole tiltak flow with the keyboard alone (no clicks), asserting after each step where the
 * focus is: skip link, Legg til, the dialog's fields and calendar, a refused save, Lagre, the month
 * row, Rediger, Escape, Slett with confirmation. Also that the focused element has a visible 3 px ring.
 */
class TiltakTastaturNettleserIT extends Klienttest {

    @Test
    void heleTiltaksflytenMedTastaturAlene() throws Exception {
        long[] ider = personMedOrdning();
        try (Nettleser n = Nettleser.start(base)) {
            try {
                flyt(n, ider);
            } catch (Exception | AssertionError e) {
                n.skjermbilde("tastatur-feil");
                throw e;
            }
        }
    }

    private static void flyt(Nettleser n, long[] ider) throws Exception {
        n.loggInn("skriv");
        n.gaaTil("person/ordning.xhtml?id=" + ider[0] + "&ordning=" + ider[1]);
        n.vent(By.id("tiltakOversikt:leggTil"));
        sporFokus(n);

        // The skip link is the first stop and leads to the main content.
        taster(n, Keys.TAB);
        assertEquals("hopp-til-innhold", fokus(n).getAttribute("id"));
        assertFokusring(n);
        taster(n, Keys.ENTER);
        assertEquals("hovedinnhold", fokus(n).getAttribute("id"));

        // From the main content to "+ Legg til", and open the dialog.
        tabTil(n, e -> "tiltakOversikt:leggTil".equals(e.getAttribute("id")), 30);
        assertFokusring(n);
        taster(n, Keys.ENTER);
        n.ventPaaAjax();
        n.vent(By.id("tiltakDialog"));
        vent(n, () -> inni(n, "tiltakDialog"), "focus moves into the dialog");

        // Lagre with nothing filled in: refused, the focus on the first invalid field (Tiltaksgruppe).
        tabTil(n, e -> "tiltakSkjema:lagre".equals(e.getAttribute("id")), 30);
        taster(n, Keys.ENTER);
        n.ventPaaAjax();
        vent(n, () -> "tiltakSkjema:gruppeKode_label".equals(fokus(n).getAttribute("id")), "focus on the first invalid field");
        assertEquals("true", fokus(n).getAttribute("aria-invalid"));
        assertEquals("true", fokus(n).getAttribute("aria-required"));

        // Group and type with the arrow keys.
        velgMedPil(n, "gruppeKode", "Opplæring i norsk og samfunnskunnskap");
        tabTil(n, e -> "tiltakSkjema:typeKode_label".equals(e.getAttribute("id")), 5);
        velgMedPil(n, "typeKode", "Norskopplæring");

        // The from date typed as 01.04.2021, then moved to the 6th in the calendar: its button opens it
        // on the 1st, a week down and two days back, Enter picks the day, closes the calendar and gives
        // the focus back to the field. Escape in the calendar closes only the calendar.
        tabTil(n, e -> "tiltakSkjema:fraDato_input".equals(e.getAttribute("id")), 5);
        fokus(n).sendKeys("01.04.2021");
        aapneKalender(n, "fraDato", "1");
        taster(n, Keys.ARROW_DOWN);
        taster(n, Keys.ARROW_LEFT);
        taster(n, Keys.ARROW_LEFT);
        assertEquals("6", fokus(n).getText(), "the arrow keys move between the days");
        taster(n, Keys.ENTER);
        kalenderLukket(n, "fraDato", "after Enter on a day");
        assertEquals("06.04.2021", fokus(n).getAttribute("value"));
        aapneKalender(n, "fraDato", "6");
        n.skjermbilde("tastatur-00-kalender");
        taster(n, Keys.ESCAPE);
        kalenderLukket(n, "fraDato", "after Escape in the calendar");
        assertTrue(n.driver().findElement(By.id("tiltakDialog")).isDisplayed(), "Escape in the calendar leaves the dialog open");
        assertEquals("06.04.2021", fokus(n).getAttribute("value"));

        tabTil(n, e -> "tiltakSkjema:tilDato_input".equals(e.getAttribute("id")), 5);
        fokus(n).sendKeys("30.04.2021");
        tabTil(n, e -> "tiltakSkjema:timerPerUke".equals(e.getAttribute("id")), 5);
        fokus(n).sendKeys("7,5");
        tabTil(n, e -> "tiltakSkjema:lagre".equals(e.getAttribute("id")), 10);
        taster(n, Keys.ENTER);
        n.ventPaaAjax();

        // Saved: the dialog closes, the focus is on April's month row, a polite message says so.
        vent(n, () -> "2021-04".equals(fokus(n).getAttribute("data-maaned")), "focus on the saved tiltak's month row");
        n.ventPaaTekst(By.id("tiltakStatusmelding"), "Tiltaket er lagret.");
        assertEquals("polite", n.driver().findElement(By.id("tiltakStatusmelding")).getAttribute("aria-live"));
        assertTrue(fokus(n).getText().startsWith("April 2021 - Gjennomsnittlig tilbudt tiltak: 7.50 timer"), fokus(n).getText());
        n.skjermbilde("tastatur-01-lagret");

        // Vis detaljer → Rediger; Escape closes the dialog and gives the focus back to Rediger.
        tabTil(n, harKlasse("ui-row-toggler").and(e -> e.getText().contains("Vis detaljer")), 40);
        taster(n, Keys.ENTER);
        n.ventPaaAjax();
        tabTil(n, harKlasse("tiltak-rediger"), 10);
        String rediger = fokus(n).getAttribute("id");
        taster(n, Keys.ENTER);
        n.ventPaaAjax();
        n.ventPaaTekst(By.id("tiltakDialog_title"), "Rediger tiltak");
        vent(n, () -> inni(n, "tiltakDialog"), "focus moves into the edit dialog");
        taster(n, Keys.ESCAPE);
        vent(n, () -> rediger.equals(fokus(n).getAttribute("id")), "focus back on Rediger after Escape");

        // Slett → Nei: back on Slett; Slett → Ja (after a quick Nei → Slett): the month row, and the message.
        tabTil(n, harKlasse("tiltak-slett"), 5);
        String slett = fokus(n).getAttribute("id");
        taster(n, Keys.ENTER);
        vent(n, () -> iBekreftelsen(n), "focus in the confirmation");
        tabTil(n, harKlasse("ui-confirmdialog-no"), 5);
        taster(n, Keys.ENTER);
        vent(n, () -> slett.equals(fokus(n).getAttribute("id")), "focus back on Slett after Nei");
        // Slett again at once after Nei (two Enters in one go): the focus stays in the confirmation just
        // opened. PrimeFaces' return of the focus to Slett, 100 ms after Nei, used to pull it out.
        taster(n, Keys.ENTER);
        vent(n, () -> iBekreftelsen(n), "focus in the confirmation");
        tabTil(n, harKlasse("ui-confirmdialog-no"), 5);
        new Actions(n.driver()).sendKeys(Keys.ENTER).sendKeys(Keys.ENTER).perform();
        long slutt = System.nanoTime() + Duration.ofMillis(400).toNanos();
        while (System.nanoTime() < slutt) {
            assertTrue(iBekreftelsen(n), "the focus left the confirmation opened again; on " + beskriv(fokus(n)) + spor(n));
        }
        tabTil(n, harKlasse("ui-confirmdialog-yes"), 5);
        taster(n, Keys.ENTER);
        n.ventPaaAjax();
        vent(n, () -> "2021-04".equals(fokus(n).getAttribute("data-maaned")), "focus on the month row after delete");
        n.ventPaaTekst(By.id("tiltakStatusmelding"), "Tiltaket er slettet.");
        assertTrue(fokus(n).getText().contains("Gjennomsnittlig tilbudt tiltak: 0.00 timer"), fokus(n).getText());
        n.skjermbilde("tastatur-02-slettet");
    }

    /** From the date field, Tab to the calendar's button and Enter: the calendar opens with the focus on the given day. */
    private static void aapneKalender(Nettleser n, String felt, String dag) {
        tabTil(n, harKlasse("ui-datepicker-trigger"), 2);
        taster(n, Keys.ENTER);
        vent(n, () -> inni(n, "tiltakSkjema:" + felt + "_panel") && dag.equals(fokus(n).getText()),
                "the calendar opens with the focus on day " + dag);
    }

    /** The calendar is gone from the screen and the focus is back on its date field. */
    private static void kalenderLukket(Nettleser n, String felt, String naar) {
        vent(n, () -> !n.driver().findElement(By.id("tiltakSkjema:" + felt + "_panel")).isDisplayed()
                && ("tiltakSkjema:" + felt + "_input").equals(fokus(n).getAttribute("id")),
                "calendar closed and focus on the field " + naar);
    }

    private static void velgMedPil(Nettleser n, String felt, String etikett) {
        By label = By.id("tiltakSkjema:" + felt + "_label");
        for (int i = 0; i < 15 && !n.driver().findElement(label).getText().equals(etikett); i++) {
            taster(n, Keys.ARROW_DOWN);
            n.ventPaaAjax();
        }
        assertEquals(etikett, n.driver().findElement(label).getText());
        assertEquals("tiltakSkjema:" + felt + "_label", fokus(n).getAttribute("id"), "the menu keeps the focus");
    }

    private static Predicate<WebElement> harKlasse(String klasse) {
        return e -> e.getAttribute("class") != null && e.getAttribute("class").contains(klasse);
    }

    private static void tabTil(Nettleser n, Predicate<WebElement> maal, int maks) {
        List<String> stopp = new ArrayList<>();
        for (int i = 0; i < maks; i++) {
            if (maal.test(fokus(n))) {
                return;
            }
            stopp.add(beskriv(fokus(n)));
            taster(n, Keys.TAB);
        }
        assertTrue(maal.test(fokus(n)), "not reached with " + maks + " Tabs; focus on " + beskriv(fokus(n)) + " after " + stopp);
    }

    private static void taster(Nettleser n, CharSequence tast) {
        fokus(n).sendKeys(tast);
    }

    private static WebElement fokus(Nettleser n) {
        return n.driver().switchTo().activeElement();
    }

    /** The global confirmation is moved to <body> by PrimeFaces, so it is found by its class. */
    private static boolean iBekreftelsen(Nettleser n) {
        return Boolean.TRUE.equals(((JavascriptExecutor) n.driver())
                .executeScript("return !!document.activeElement.closest('.tiltak-bekreft');"));
    }

    private static boolean inni(Nettleser n, String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) n.driver()).executeScript(
                "var c = document.getElementById(arguments[0]); return !!c && c.contains(document.activeElement);", id));
    }

    /** The focus ring of tema.css: a solid outline at least 3 px wide, or a box with one. */
    private static void assertFokusring(Nettleser n) {
        Object bredde = ((JavascriptExecutor) n.driver()).executeScript(
                "var s = getComputedStyle(document.activeElement); return s.outlineStyle === 'solid' ? parseFloat(s.outlineWidth) : 0;");
        assertTrue(((Number) bredde).doubleValue() >= 3, "focus ring on " + beskriv(fokus(n)) + ": " + bredde);
    }

    private static void vent(Nettleser n, java.util.function.BooleanSupplier vilkar, String hva) {
        try {
            new WebDriverWait(n.driver(), Duration.ofSeconds(20)).until(d -> vilkar.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(hva + "; focus on " + beskriv(fokus(n)) + spor(n), e);
        }
    }

    /**
     * Records every key, click and focus change on the page, with the script that moved the focus,
     * and every PrimeFaces request: a focus that ends in the wrong place then says who put it there
     * (that is how PrimeFaces' late return of the focus after Nei was found).
     */
    private static void sporFokus(Nettleser n) {
        ((JavascriptExecutor) n.driver()).executeScript("""
                var spor = window.nirSpor = [];
                function t() { return Math.round(performance.now()) + ' ms '; }
                function hvem(el) { return el ? el.tagName + '#' + el.id + '.' + el.className : 'null'; }
                var fokus = HTMLElement.prototype.focus;
                HTMLElement.prototype.focus = function () {
                    spor.push(t() + 'focus() ' + hvem(this) + ' ' + new Error().stack.split('\\n').slice(2, 7).join(' < '));
                    return fokus.apply(this, arguments);
                };
                document.addEventListener('focusin', function (e) { spor.push(t() + 'focusin ' + hvem(e.target)); }, true);
                document.addEventListener('keydown', function (e) { spor.push(t() + 'keydown ' + e.key + ' ' + hvem(e.target)); }, true);
                document.addEventListener('click', function (e) { spor.push(t() + 'click ' + hvem(e.target)); }, true);
                jQuery(document).on('pfAjaxSend', function (e, x, o) { spor.push(t() + 'send ' + (o && o.data ? String(o.data).slice(0, 300) : '')); });
                jQuery(document).on('pfAjaxComplete', function (e, x) { spor.push(t() + 'complete ' + (x && x.status)); });
                """);
    }

    private static String spor(Nettleser n) {
        Object spor = ((JavascriptExecutor) n.driver()).executeScript("return window.nirSpor ? window.nirSpor.join('\\n') : '';");
        return spor == null || spor.toString().isEmpty() ? "" : "\nWhat happened on the page:\n" + spor;
    }

    private static String beskriv(WebElement e) {
        return e.getTagName() + "#" + e.getAttribute("id") + "." + e.getAttribute("class");
    }

    /** A resident of 4204 with the ordning Kvalifisering for mottaksbeboere from 1 February 2021. */
    private static long[] personMedOrdning() {
        Testpersoner.Person person = Testpersoner.mottaksbeboer("4204").navn("Tara", "Tastatur").lag();
        return new long[] {person.id(), person.ordning()};
    }
}
