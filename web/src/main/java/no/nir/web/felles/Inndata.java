package no.nir.web.felles;

/**
 * The rules for what a user may send, in one place: ids and numbers are ASCII digits only (Java
 * would also read Arabic-Indic or full-width digits), text has no control characters and a
 * bounded length. Checked before any conversion, so no input can make a huge number.
 */
public final class Inndata {

    /** Longest text in any field or URL parameter, unless the field says less. */
    public static final int MAKS_TEKST = 100;
    private static final int MAKS_ID_SIFFER = 18;
    private static final int MAKS_SIDE_SIFFER = 6;

    private Inndata() {
    }

    /** 1 to {@code maks} ASCII digits. */
    public static boolean erSiffer(String verdi, int maks) {
        return verdi != null && !verdi.isEmpty() && verdi.length() <= maks
                && verdi.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public static boolean erId(String verdi) {
        return erSiffer(verdi, MAKS_ID_SIFFER);
    }

    /** NUL, line breaks, tabs, DEL and the C1 controls: never part of a name, a number or a search. */
    public static boolean harKontrolltegn(String verdi) {
        return verdi != null && verdi.chars().anyMatch(Character::isISOControl);
    }

    /** A text URL parameter, trimmed; null (the default) when blank, too long or with control characters. */
    public static String tekstParameter(String verdi, int maks) {
        if (verdi == null || verdi.length() > maks || harKontrolltegn(verdi) || verdi.isBlank()) {
            return null;
        }
        return verdi.trim();
    }

    /** The 1-based page number of a list URL; 1 for anything but a positive ASCII number. */
    public static int side(String verdi) {
        return erSiffer(verdi, MAKS_SIDE_SIFFER) && Integer.parseInt(verdi) > 0 ? Integer.parseInt(verdi) : 1;
    }
}
