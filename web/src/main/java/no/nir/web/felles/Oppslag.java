package no.nir.web.felles;

import no.nir.web.feil.UgyldigParameterException;

/**
 * Ids in the URL of a bookmarkable page. Only ASCII digits are an id (Java would also read
 * Arabic-Indic or full-width digits); anything else is "not found" through the error mapping
 * ({@link no.nir.web.feil.Feilsvar}), as is an id the services refuse.
 */
public final class Oppslag {

    private Oppslag() {
    }

    /** A page parameter as an id; throws {@link UgyldigParameterException} when missing or malformed. */
    public static long id(String verdi) {
        if (!Inndata.erId(verdi)) {
            throw new UgyldigParameterException("id");
        }
        return Long.parseLong(verdi);
    }
}
