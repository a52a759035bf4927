package no.nir.person;

import java.util.function.Function;

/** An identifier (fødselsnummer, D-nummer, DUF-nummer) that cannot be accepted; the message is shown to the user. */
public class UgyldigIdentifikatorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UgyldigIdentifikatorException(String melding) {
        super(melding);
    }

    /** Whether {@code parse} accepts the text: the erGyldig of each identifier. */
    static boolean godtar(Function<String, ?> parse, String tekst) {
        try {
            parse.apply(tekst);
            return true;
        } catch (UgyldigIdentifikatorException e) {
            return false;
        }
    }
}
