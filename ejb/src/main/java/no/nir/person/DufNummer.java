package no.nir.person;

import java.io.Serializable;
import java.util.regex.Pattern;

/** DUF-nummer from UDI: 12 digits, written "åååå nnnnnn kk". */
public record DufNummer(String verdi) implements Serializable {

    private static final Pattern TOLV_SIFFER = Pattern.compile("\\d{12}");

    public DufNummer {
        if (verdi == null || !TOLV_SIFFER.matcher(verdi).matches()) {
            throw new UgyldigIdentifikatorException("DUF-nummer må ha 12 siffer");
        }
    }

    /** Accepts the number with or without the spaces people usually type. */
    public static DufNummer parse(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            throw new UgyldigIdentifikatorException("DUF-nummer mangler");
        }
        return new DufNummer(tekst.replace(" ", ""));
    }

    public static boolean erGyldig(String tekst) {
        return UgyldigIdentifikatorException.godtar(DufNummer::parse, tekst);
    }

    public String visning() {
        return verdi.substring(0, 4) + " " + verdi.substring(4, 10) + " " + verdi.substring(10);
    }

    @Override
    public String toString() {
        return visning();
    }
}
