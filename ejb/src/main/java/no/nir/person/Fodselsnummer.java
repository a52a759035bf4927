package no.nir.person;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Norwegian fødselsnummer or D-nummer (11 digits: ddmmyy, individnummer, two check digits). */
public record Fodselsnummer(String verdi) implements Serializable {

    private static final Pattern SIFFER = Pattern.compile("\\d+");
    private static final int[] VEKTER_K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] VEKTER_K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    /** A D-nummer adds 4 to the first digit, i.e. 40 to the day. */
    private static final int D_NUMMER_TILLEGG = 40;

    public Fodselsnummer {
        if (verdi == null || verdi.isEmpty()) {
            throw new UgyldigIdentifikatorException("Fødselsnummer mangler");
        }
        if (!SIFFER.matcher(verdi).matches()) {
            throw new UgyldigIdentifikatorException("Fødselsnummeret kan bare inneholde siffer");
        }
        if (verdi.length() != 11) {
            throw new UgyldigIdentifikatorException("Fødselsnummeret må ha 11 siffer");
        }
        if (!verdi.equals(medKontrollsifre(verdi.substring(0, 9)).orElse(null))) {
            throw new UgyldigIdentifikatorException("Fødselsnummeret har ugyldige kontrollsifre");
        }
        if (dato(verdi).isEmpty()) {
            throw new UgyldigIdentifikatorException("Fødselsnummeret har ugyldig fødselsdato");
        }
    }

    /** Accepts spaces, e.g. "010190 12480". */
    public static Fodselsnummer parse(String tekst) {
        return new Fodselsnummer(tekst == null ? null : tekst.replace(" ", ""));
    }

    public static boolean erGyldig(String tekst) {
        return UgyldigIdentifikatorException.godtar(Fodselsnummer::parse, tekst);
    }

    /**
     * Makes a valid number, e.g. for demo data. Empty when this individnummer gives no valid
     * check digit for the date; the caller should then try another individnummer.
     *
     * @throws IllegalArgumentException if the individnummer is not used for the birth year's century
     */
    public static Optional<Fodselsnummer> generer(LocalDate fodselsdato, int individnummer, boolean dNummer) {
        if (individnummer < 0 || individnummer > 999) {
            throw new IllegalArgumentException("Individnummer må være 000–999: " + individnummer);
        }
        int aar = fodselsdato.getYear();
        if (!aarhundre(individnummer, aar % 100).equals(Optional.of(aar / 100 * 100))) {
            throw new IllegalArgumentException("Individnummer " + individnummer + " brukes ikke for år " + aar);
        }
        int dag = fodselsdato.getDayOfMonth() + (dNummer ? D_NUMMER_TILLEGG : 0);
        String ni = String.format("%02d%02d%02d%03d", dag, fodselsdato.getMonthValue(), aar % 100, individnummer);
        return medKontrollsifre(ni).map(Fodselsnummer::new);
    }

    public boolean erDNummer() {
        return erDNummer(verdi);
    }

    public LocalDate fodselsdato() {
        return dato(verdi).orElseThrow();
    }

    /** "ddmmyy nnnnn" */
    public String visning() {
        return verdi.substring(0, 6) + " " + verdi.substring(6);
    }

    @Override
    public String toString() {
        return visning();
    }

    private static Optional<String> medKontrollsifre(String ni) {
        OptionalInt k1 = Mod11.kontrollsiffer(ni, VEKTER_K1);
        if (k1.isEmpty()) {
            return Optional.empty();
        }
        String ti = ni + k1.getAsInt();
        OptionalInt k2 = Mod11.kontrollsiffer(ti, VEKTER_K2);
        return k2.isEmpty() ? Optional.empty() : Optional.of(ti + k2.getAsInt());
    }

    private static boolean erDNummer(String verdi) {
        return verdi.charAt(0) >= '4';
    }

    private static Optional<LocalDate> dato(String verdi) {
        int dag = Integer.parseInt(verdi.substring(0, 2));
        int maaned = Integer.parseInt(verdi.substring(2, 4));
        int aa = Integer.parseInt(verdi.substring(4, 6));
        int individ = Integer.parseInt(verdi.substring(6, 9));
        if (erDNummer(verdi)) {
            dag -= D_NUMMER_TILLEGG;
        }
        Optional<Integer> aarhundre = aarhundre(individ, aa);
        if (aarhundre.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(aarhundre.get() + aa, maaned, dag));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Skatteetaten's individnummer series; empty for combinations that are never issued. */
    private static Optional<Integer> aarhundre(int individ, int aa) {
        if (individ <= 499) {
            return Optional.of(1900);
        }
        if (individ <= 749 && aa >= 54) {
            return Optional.of(1800);
        }
        if (aa <= 39) {
            return Optional.of(2000);
        }
        if (individ >= 900) {
            return Optional.of(1900);
        }
        return Optional.empty();
    }
}
