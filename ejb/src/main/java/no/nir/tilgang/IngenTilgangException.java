package no.nir.tilgang;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not see or change this: outside scope, or the role does not allow it. Says
 * nothing of whether the thing exists, so a guessed id reveals nothing.
 */
@ApplicationException(rollback = true)
public class IngenTilgangException extends RuntimeException {
    public IngenTilgangException() {
        super("Du har ikke tilgang til dette.");
    }
}
