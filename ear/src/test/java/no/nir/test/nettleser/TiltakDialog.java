package no.nir.test.nettleser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The tiltak dialog of the ordning page, driven as a caseworker does. */
public final class TiltakDialog {

    private TiltakDialog() {
    }

    public static void registrer(Nettleser n, String gruppe, String type, String fra, String til, String timer) {
        aapne(n);
        velg(n, "gruppeKode", gruppe);
        velg(n, "typeKode", type);
        fyllInn(n, fra, til, timer);
        lagre(n);
    }

    public static void aapne(Nettleser n) {
        n.driver().findElement(By.id("tiltakOversikt:leggTil")).click();
        n.ventPaaAjax();
        n.vent(By.id("tiltakDialog"));
        n.ventPaaTekst(By.id("tiltakDialog_title"), "Legg til tiltak");
    }

    /** Picks an item of one of the dialog's menus by its label ({@link Nettleser#velg}). */
    public static void velg(Nettleser n, String felt, String etikett) {
        n.velg("tiltakSkjema:" + felt, etikett);
    }

    public static void fyllInn(Nettleser n, String fra, String til, String timer) {
        skriv(n, "tiltakSkjema:fraDato_input", fra);
        skriv(n, "tiltakSkjema:tilDato_input", til);
        skriv(n, "tiltakSkjema:timerPerUke", timer);
    }

    private static void skriv(Nettleser n, String id, String tekst) {
        WebElement felt = n.driver().findElement(By.id(id));
        felt.clear();
        felt.sendKeys(tekst);
    }

    /** Saves and waits until the dialog has closed. */
    public static void lagre(Nettleser n) {
        n.driver().findElement(By.id("tiltakSkjema:lagre")).click();
        n.ventPaaAjax();
        new WebDriverWait(n.driver(), Nettleser.ventetid())
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("tiltakDialog")));
    }

    /** The month table's row of a month, e.g. "April 2021". */
    public static WebElement maanedsrad(Nettleser n, String maaned) {
        return n.vent(By.xpath("//div[contains(@class,'tiltak-maanedtabell')]//tr[@data-ri]/td[contains(@class,'tiltak-maaned')]"
                + "[starts-with(normalize-space(.),'" + maaned + " -')]"));
    }
}
