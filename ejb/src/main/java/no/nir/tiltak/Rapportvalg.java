package no.nir.tiltak;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the report covers: whole months from {@code fra} to {@code til}, and for IMDi optionally one
 * fylke or one kommune (a kommune user may narrow to one of their own kommuner). Null means the
 * default: the last 12 whole months, and everything the caller may see.
 */
public record Rapportvalg(YearMonth fra, YearMonth til, String fylke, String kommune) implements Serializable {

    /** The longest period one report covers (the charts stay readable, the query small). */
    public static final int MAKS_MAANEDER = 60;
    static final YearMonth TIDLIGST = YearMonth.of(2000, 1);

    /** The defaults filled in: the 12 whole months before the one {@code idag} lies in. */
    public Rapportvalg medStandard(LocalDate idag) {
        YearMonth forrige = YearMonth.from(idag).minusMonths(1);
        YearMonth nyTil = til != null ? til : (fra != null ? fra.plusMonths(11) : forrige);
        YearMonth nyFra = fra != null ? fra : nyTil.minusMonths(11);
        return new Rapportvalg(nyFra, nyTil, tom(fylke), tom(kommune));
    }

    /** A clear message for a period that cannot be reported, or null when it can. */
    public String feil() {
        if (til.isBefore(fra)) {
            return "Til-måneden kan ikke være før fra-måneden.";
        }
        if (fra.isBefore(TIDLIGST) || til.isAfter(YearMonth.of(2099, 12))) {
            return "Perioden må ligge mellom januar 2000 og desember 2099.";
        }
        if (fra.plusMonths(MAKS_MAANEDER).compareTo(til) <= 0) {
            return "Perioden kan være høyst " + MAKS_MAANEDER + " måneder.";
        }
        return null;
    }

    private static String tom(String verdi) {
        return verdi == null || verdi.isBlank() ? null : verdi;
    }
}
