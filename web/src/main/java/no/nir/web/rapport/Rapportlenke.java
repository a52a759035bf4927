package no.nir.web.rapport;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import no.nir.tiltak.Rapportvalg;

/**
 * The report's choice as URL parameters (fra, til as yyyy-MM; fylke; kommune), shared by the page,
 * its print view and the CSV download. A malformed month is treated as not given.
 */
public class Rapportlenke implements Serializable {

    private String fra;
    private String til;
    private String fylke;
    private String kommune;

    public Rapportvalg valg() {
        return new Rapportvalg(maaned(fra), maaned(til), siffer(fylke, 2), siffer(kommune, 4));
    }

    public String query() {
        return "fra=" + kod(fra) + "&til=" + kod(til) + "&fylke=" + kod(fylke) + "&kommune=" + kod(kommune);
    }

    /** The same choice with the defaults filled in, so the form and the links show what was reported. */
    public void fyllUt(Rapportvalg brukt) {
        fra = brukt.fra().toString();
        til = brukt.til().toString();
        fylke = brukt.fylke();
        kommune = brukt.kommune();
    }

    private static YearMonth maaned(String verdi) {
        try {
            return verdi == null || verdi.isBlank() ? null : YearMonth.parse(verdi.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String siffer(String verdi, int lengde) {
        return verdi != null && verdi.matches("\\d{" + lengde + "}") ? verdi : null;
    }

    private static String kod(String verdi) {
        return verdi == null ? "" : URLEncoder.encode(verdi, StandardCharsets.UTF_8);
    }

    public String getFra() {
        return fra;
    }

    public void setFra(String fra) {
        this.fra = fra;
    }

    public String getTil() {
        return til;
    }

    public void setTil(String til) {
        this.til = til;
    }

    public String getFylke() {
        return fylke;
    }

    public void setFylke(String fylke) {
        this.fylke = fylke;
    }

    public String getKommune() {
        return kommune;
    }

    public void setKommune(String kommune) {
        this.kommune = kommune;
    }
}
