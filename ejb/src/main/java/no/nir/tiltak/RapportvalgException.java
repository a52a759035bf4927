package no.nir.tiltak;

import jakarta.ejb.ApplicationException;

/** A report period that cannot be reported; the message is for the user, in Norwegian. */
@ApplicationException(rollback = true)
public class RapportvalgException extends RuntimeException {
    public RapportvalgException(String melding) {
        super(melding);
    }
}
