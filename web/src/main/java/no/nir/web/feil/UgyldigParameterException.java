package no.nir.web.feil;

/** A URL parameter that names nothing the page can show (not ASCII digits, too long, missing): not found. */
public class UgyldigParameterException extends RuntimeException {

    public UgyldigParameterException(String parameter) {
        super("Ugyldig parameter: " + parameter);
    }
}
