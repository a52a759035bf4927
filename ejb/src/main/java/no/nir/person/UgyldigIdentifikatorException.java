package no.nir.person;

/** An identifier (fødselsnummer, D-nummer, DUF-nummer) that cannot be accepted; the message is shown to the user. */
public class UgyldigIdentifikatorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UgyldigIdentifikatorException(String melding) {
        super(melding);
    }
}
