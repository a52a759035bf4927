package no.nir.tiltak;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * The tiltak was saved or deleted by someone else since the caller read it (its version differs).
 * A kind of validation failure for the dialog; the API answers it with 412.
 */
@ApplicationException(rollback = true)
public class TiltakEndretAvAndreException extends TiltakValideringException {

    static final String MELDING = "Tiltaket er endret av en annen bruker. Last siden på nytt for å se endringene.";

    public TiltakEndretAvAndreException() {
        super(Map.of(TiltakSkjema.SKJEMA, MELDING));
    }
}
