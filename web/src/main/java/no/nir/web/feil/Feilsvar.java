package no.nir.web.feil;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import no.nir.tilgang.IngenTilgangException;

/**
 * The one mapping from an exception to what the user gets. A missing, malformed, unknown or
 * out-of-scope id is "not found" alike, so nothing tells whether a person exists elsewhere; a role
 * that may not is "no access"; a request the pages could not even read (a table's paging
 * parameters that no browser sends) is "invalid"; everything else is unexpected and gets a
 * reference id.
 */
public enum Feilsvar {
    UGYLDIG(400, "/feil/ugyldig.xhtml"),
    IKKE_FUNNET(404, "/feil/ikke-funnet.xhtml"),
    INGEN_TILGANG(403, "/feil/ingen-tilgang.xhtml"),
    UTLOPT(200, "/feil/utlopt.xhtml"),
    UVENTET(500, "/feil/feil.xhtml");

    private final int status;
    private final String side;

    Feilsvar(int status, String side) {
        this.status = status;
        this.side = side;
    }

    public int status() {
        return status;
    }

    /** The error page below the context root. */
    public String side() {
        return side;
    }

    /** Expected refusals are logged as one line without a stack trace. */
    public boolean forventet() {
        return this != UVENTET;
    }

    /** Looks through the causes: the container wraps what the services throw. */
    public static Feilsvar av(Throwable feil) {
        for (Throwable t = feil; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IngenTilgangException || t instanceof UgyldigParameterException) {
                return IKKE_FUNNET;
            }
            if (t instanceof EJBAccessException) {
                return INGEN_TILGANG;
            }
            if (t instanceof ViewExpiredException) {
                return UTLOPT;
            }
        }
        return UVENTET;
    }
}
