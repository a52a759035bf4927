package no.nir.tiltak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static no.nir.test.nettleser.TiltakDialog.aapne;
import static no.nir.test.nettleser.TiltakDialog.fyllInn;
import static no.nir.test.nettleser.TiltakDialog.lagre;
import static no.nir.test.nettleser.TiltakDialog.maanedsrad;
import static no.nir.test.nettleser.TiltakDialog.registrer;
import static no.nir.test.nettleser.TiltakDialog.velg;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.nir.kalender.Norsktid;
import no.nir.test.http.Klienttest;
import no.nir.test.nettleser.Jdbc;
import no.nir.test.nettleser.Nettleser;
import no.nir.test.nettleser.Testpersoner;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The guide's pages 10–15 in a real browser, as the skriv user, on a fresh mottak resident. */
class TiltakNettleserIT extends Klienttest {

    private static final String NORSK = "Opplæring i norsk og samfunnskunnskap";
    private static final String LIVSM = "Livsmestring og foreldreveiledning";
    private static final String ARBEID = "Arbeidsrettede tiltak";

    @Test
    void veiledningensTiltakRegistreresEndresOgSlettes() throws Exception {
        Testpersoner.Person person = Testpersoner.mottaksbeboer("4204").navn("Nora", "Nettleser").lag();
        try (Nettleser n = Nettleser.start(base)) {
            try {
                gjennomfoer(n, person);
            } catch (Exception | AssertionError e) {
                n.skjermbilde("tiltak-feil");
                throw e;
            }
        }
    }

    /**
     * SPEC "The month average" for an ordning closed by bosetting on Tuesday 15 June 2021: a tiltak
     * 01.06–31.08 at 20 t counts only 1–15 June (11 of June's 22 working days: 10.00), July and August
     * show 0.00, the table runs to August, and the row says it ran past the end. A tiltak 11–15 January,
     * before the ordning's start, is listed in January at 0.00.
     */
    @Test
    void lukketOrdningTellerBareDagerInnenforOrdningen() throws Exception {
        // Settled in 4204 on 15 June 2021, so Kvalifisering i mottak (from 1 February) closed that day.
        Testpersoner.Person person = Testpersoner.mottaksbeboer("4204").navn("Lina", "Lukket").bosatt(LocalDate.of(2021, 6, 15))
                .tiltak("NORSKOPPLAERING", LocalDate.of(2021, 6, 1), LocalDate.of(2021, 8, 31), "20")
                .tiltak("JOBBSOKERKURS", LocalDate.of(2021, 1, 11), LocalDate.of(2021, 1, 15), "5")
                .lag();
        try (Nettleser n = Nettleser.start(base)) {
            try {
                n.loggInn("les");
                n.gaaTil("person/ordning.xhtml?id=" + person.id() + "&ordning=" + person.ordning());
                maanedsrad(n, "Januar 2021");
                List<String> maaneder = n.driver().findElements(By.cssSelector(".tiltak-maanedtabell td.tiltak-maaned")).stream()
                        .map(e -> e.getText().trim()).toList();
                String snitt = " - Gjennomsnittlig tilbudt tiltak: ";
                assertEquals(List.of("August 2021" + snitt + "0.00 timer pr uke", "Juli 2021" + snitt + "0.00 timer pr uke",
                        "Juni 2021" + snitt + "10.00 timer pr uke", "Mai 2021" + snitt + "0.00 timer pr uke",
                        "April 2021" + snitt + "0.00 timer pr uke", "Mars 2021" + snitt + "0.00 timer pr uke",
                        "Februar 2021" + snitt + "0.00 timer pr uke", "Januar 2021" + snitt + "0.00 timer pr uke"), maaneder);

                aapneMaaned(n, "Juni 2021");
                aapneMaaned(n, "Januar 2021");
                WebElement forbi = tiltaksrad(n, "Norskopplæring");
                assertEquals("31.08.2021\nVarte forbi ordningens slutt; dagene etter teller ikke.", celle(forbi, 4));
                assertEquals("15.01.2021", celle(tiltaksrad(n, "Jobbsøkerkurs"), 4), "before the start: no note, counts 0.00");
                n.skjermbilde("tiltak-08-lukket-ordning");
            } catch (Exception | AssertionError e) {
                n.skjermbilde("tiltak-lukket-feil");
                throw e;
            }
        }
    }

    private static void aapneMaaned(Nettleser n, String maaned) {
        maanedsrad(n, maaned).findElement(By.xpath("preceding-sibling::td//*[contains(@class,'ui-row-toggler')]")).click();
        n.ventPaaAjax();
        n.vent(By.xpath("//div[contains(@class,'tiltak-maanedtabell')]//tr[@data-ri][td[contains(@class,'tiltak-maaned')]"
                + "[starts-with(normalize-space(.),'" + maaned + " -')]]/following-sibling::tr[1]//div[contains(@class,'tiltak-tabell')]"));
    }

    private static void gjennomfoer(Nettleser n, Testpersoner.Person person) throws Exception {
        n.loggInn("skriv");
        n.gaaTil("person/ordning.xhtml?id=" + person.id() + "&ordning=" + person.ordning());
        n.ventPaaTekst(By.cssSelector(".tiltak-topp h2"), "Tiltak");
        n.skjermbilde("tiltak-01-tom");
        n.ventPaaTekst(By.id("tiltakstatus"), "Det er ikke registrert tiltak");

        registrer(n, NORSK, "Norskopplæring", "02.04.2021", "30.04.2021", "25");
        // The status field at the top follows the change without a reload.
        n.ventPaaTekst(By.id("tiltakstatus"), "Det er registrert tiltak");
        registrer(n, LIVSM, "Foreldreveiledning", "30.04.2021", "30.04.2021", "4");
        registrer(n, ARBEID, "Jobbsøkerkurs", "29.04.2021", "30.04.2021", "3");
        WebElement april = maanedsrad(n, "April 2021");
        assertEquals("April 2021 - Gjennomsnittlig tilbudt tiltak: 25.53 timer pr uke", april.getText().trim());
        assertEquals(3, tiltaksrader(n).size(), "the saved month is expanded with its three tiltak");
        n.skjermbilde("tiltak-02-april-2021");

        // Livsmestring: registered first, completed later through Vis detaljer → Rediger.
        aapne(n);
        velg(n, "gruppeKode", LIVSM);
        velg(n, "typeKode", "Livsmestring i et nytt land");
        n.ventPaaTekst(By.cssSelector(".tiltak-veiledning"), "obligatorisk element for alle");
        n.vent(By.id("tiltakSkjema:gjennomforing"));
        assertTrue(n.driver().findElement(By.cssSelector(".tiltak-fagressurs")).getText()
                .contains("Se fagressurs for introduksjonsprogrammet for nærmere veiledning"));
        fyllInn(n, "03.05.2021", "31.05.2021", "3");
        n.skjermbilde("tiltak-03-livsmestring-dialog");
        lagre(n);
        assertEquals("-", celle(tiltaksrad(n, "Livsmestring i et nytt land"), 6));
        visDetaljer(n, "Livsmestring i et nytt land");
        detaljknapp(n, "Livsmestring i et nytt land", "tiltak-rediger");
        n.vent(By.id("tiltakDialog"));
        n.ventPaaTekst(By.id("tiltakDialog_title"), "Rediger tiltak");
        velg(n, "gjennomforing", "Gjennomført");
        lagre(n);
        assertEquals("Ja", celle(tiltaksrad(n, "Livsmestring i et nytt land"), 6));
        n.skjermbilde("tiltak-04-livsmestring-gjennomfort");

        // Edit Jobbsøkerkurs to 5 hours: (25·19 + 4·1 + 5·2) / 19 = 25.74.
        visDetaljer(n, "Jobbsøkerkurs");
        detaljknapp(n, "Jobbsøkerkurs", "tiltak-rediger");
        n.ventPaaTekst(By.id("tiltakDialog_title"), "Rediger tiltak");
        WebElement timer = n.driver().findElement(By.id("tiltakSkjema:timerPerUke"));
        timer.clear();
        timer.sendKeys("5");
        lagre(n);
        n.ventPaaTekst(By.cssSelector(".tiltak-maaneder"), "April 2021 - Gjennomsnittlig tilbudt tiltak: 25.74 timer pr uke");
        assertEquals("5", celle(tiltaksrad(n, "Jobbsøkerkurs"), 5));

        // Delete it: the table updates by AJAX and April stays expanded.
        visDetaljer(n, "Jobbsøkerkurs");
        detaljknapp(n, "Jobbsøkerkurs", "tiltak-slett");
        klikkSynlig(n, ".tiltak-bekreft .ui-confirmdialog-yes");
        n.ventPaaAjax();
        new WebDriverWait(n.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tiltak-bekreft")));
        n.ventPaaTekst(By.cssSelector(".tiltak-maaneder"), "April 2021 - Gjennomsnittlig tilbudt tiltak: 25.21 timer pr uke");
        assertEquals(2, aprilsRader(n).size(), "April is still expanded, without the deleted tiltak");
        // Sortable: Timer per uke ascending puts Foreldreveiledning (4) before Norskopplæring (25).
        n.driver().findElement(By.xpath("//div[contains(@class,'tiltak-maanedtabell')]//tr[@data-ri]"
                + "[td[contains(@class,'tiltak-maaned')][starts-with(normalize-space(.),'April 2021 -')]]"
                + "/following-sibling::tr[1]//th[contains(.,'Timer per uke')]")).click();
        n.ventPaaAjax();
        assertEquals("Foreldreveiledning", celle(aprilsRader(n).get(0), 2));
        n.skjermbilde("tiltak-05-slettet");

        // Vis slettede tiltak: the deleted one comes back, marked, and still does not count.
        n.driver().findElement(By.cssSelector("[id='tiltakOversikt:visSlettede'] .ui-chkbox-box")).click();
        n.ventPaaAjax();
        n.ventPaaTekst(By.cssSelector(".tiltak-slettet"), "Slettet av skriv");
        WebElement slettet = n.driver().findElement(By.cssSelector(".tiltak-slettet"));
        assertTrue(slettet.getText().contains("Jobbsøkerkurs"));
        assertTrue(slettet.getText().contains("Slettet av skriv " + LocalDate.now(Norsktid.SONE).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
        assertEquals("25.21", april(n));
        n.skjermbilde("tiltak-06-vis-slettede");

        // The decimal comma as typed in Norway: "7,5" is saved as 7.5. May 2021 has 18 working days, all
        // inside 03.05–31.05 for both May tiltak: (3 + 7.5) × 18 / 18 = 10.50.
        registrer(n, NORSK, "Samfunnskunnskap", "03.05.2021", "31.05.2021", "7,5");
        n.ventPaaTekst(By.cssSelector(".tiltak-maaneder"), "Mai 2021 - Gjennomsnittlig tilbudt tiltak: 10.50 timer pr uke");
        assertEquals(new BigDecimal("7.5"), timerIDatabasen(person.ordning(), "SAMFUNNSKUNNSKAP"));

        // Til dato before fra dato: the message beside the field, the dialog stays open, nothing saved.
        int foer = Testpersoner.antallTiltak(person.ordning());
        aapne(n);
        velg(n, "gruppeKode", NORSK);
        velg(n, "typeKode", "Samfunnskunnskap");
        fyllInn(n, "30.04.2021", "02.04.2021", "5");
        n.driver().findElement(By.id("tiltakSkjema:lagre")).click();
        n.ventPaaAjax();
        n.ventPaaTekst(By.cssSelector("[id='tiltakSkjema'] .ui-message-error"), "Til dato kan ikke være før fra dato.");
        assertTrue(n.driver().findElement(By.id("tiltakDialog")).isDisplayed(), "the dialog stays open");
        n.skjermbilde("tiltak-07-ugyldig");
        n.driver().findElement(By.id("tiltakSkjema:avbryt")).click();
        assertEquals(foer, Testpersoner.antallTiltak(person.ordning()));
    }

    private static String april(Nettleser n) {
        String tekst = maanedsrad(n, "April 2021").getText();
        return tekst.replaceAll(".*tiltak: ([0-9.]+) timer.*", "$1");
    }

    private static List<WebElement> tiltaksrader(Nettleser n) {
        return n.driver().findElements(By.xpath("//div[contains(@class,'tiltak-tabell')]//tbody/tr[@data-ri]"));
    }

    /** Rows of the tiltak table in the expansion right after the April row. */
    private static List<WebElement> aprilsRader(Nettleser n) {
        return n.driver().findElements(By.xpath("//div[contains(@class,'tiltak-maanedtabell')]//tr[@data-ri]"
                + "[td[contains(@class,'tiltak-maaned')][starts-with(normalize-space(.),'April 2021 -')]]"
                + "/following-sibling::tr[1]//div[contains(@class,'tiltak-tabell')]//tbody/tr[@data-ri]"));
    }

    private static WebElement tiltaksrad(Nettleser n, String type) {
        return n.vent(By.xpath("//div[contains(@class,'tiltak-tabell')]//tbody/tr[@data-ri][td[2][contains(normalize-space(.),'"
                + type + "')]]"));
    }

    private static String celle(WebElement rad, int kolonne) {
        return rad.findElements(By.tagName("td")).get(kolonne - 1).getText().trim();
    }

    /** Opens the details unless they are already open (they stay open across saves). */
    private static void visDetaljer(Nettleser n, String type) {
        WebElement veksler = tiltaksrad(n, type).findElement(By.cssSelector(".ui-row-toggler"));
        if (veksler.getText().contains("Vis detaljer")) {
            veksler.click();
            n.ventPaaAjax();
        }
    }

    /** A button in the details row right below the tiltak's row (other tiltak may have their details open). */
    private static void detaljknapp(Nettleser n, String type, String klasse) {
        n.vent(By.xpath("//div[contains(@class,'tiltak-tabell')]//tbody/tr[@data-ri][td[2][contains(normalize-space(.),'"
                + type + "')]]/following-sibling::tr[1]//button[contains(@class,'" + klasse + "')]")).click();
        n.ventPaaAjax();
    }

    private static void klikkSynlig(Nettleser n, String css) {
        new WebDriverWait(n.driver(), Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(css))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        n.ventPaaAjax();
    }

    // ---------------------------------------------------------------- data through JDBC

    private static BigDecimal timerIDatabasen(long ordning, String type) throws SQLException {
        try (Connection c = Jdbc.koble()) {
            return new BigDecimal(Jdbc.tekst(c, "select timer_per_uke from tiltak where ordning_id = ? and tiltakstype_kode = ?",
                    ordning, type));
        }
    }
}
