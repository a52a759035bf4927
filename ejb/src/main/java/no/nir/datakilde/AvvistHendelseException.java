package no.nir.datakilde;

/**
 * An event that cannot be applied, with the reason in Norwegian for the dead-letter queue. The
 * reason names fields and values, never the person (no names or identity numbers), as operators
 * read it. Thrown before anything is written, so the transaction it leaves has changed nothing.
 */
public class AvvistHendelseException extends Exception {

    private static final long serialVersionUID = 1L;

    public AvvistHendelseException(String arsak) {
        super(arsak);
    }
}
