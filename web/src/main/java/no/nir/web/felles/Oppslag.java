package no.nir.web.felles;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import no.nir.tilgang.IngenTilgangException;

/**
 * Loads what a bookmarkable page shows (from its f:viewAction). A refusal ends the request with an
 * error status, and the container shows the error page web.xml names for it: a missing, malformed,
 * unknown or out-of-scope id gives 404 alike, so nothing tells whether the person exists elsewhere;
 * a role that may not use the page gives 403.
 */
public final class Oppslag {

    private Oppslag() {
    }

    /** The service's answer, or null when the request has been ended with an error status. */
    public static <T> T hent(Supplier<T> henter) {
        try {
            return henter.get();
        } catch (IngenTilgangException | NumberFormatException e) {
            avslutt(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            avslutt(HttpServletResponse.SC_FORBIDDEN);
        }
        return null;
    }

    /** A page parameter as an id; throws NumberFormatException (so: not found) when missing or malformed. */
    public static long id(String verdi) {
        return Long.parseLong(verdi == null ? "" : verdi.trim());
    }

    private static void avslutt(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ekstern = faces.getExternalContext();
        try {
            ekstern.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
