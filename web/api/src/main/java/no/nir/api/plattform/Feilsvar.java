package no.nir.api.plattform;

import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.nir.tilgang.IngenTilgangException;
import no.nir.tiltak.TiltakEndretAvAndreException;
import no.nir.tiltak.TiltakValideringException;

/**
 * Every exception that leaves a resource becomes Problem Details. Expected refusals are not
 * logged as errors; anything unexpected is logged with a reference id that the client gets back.
 */
@Provider
public class Feilsvar implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Feilsvar.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        return problem(e).medInstance(uri.getRequestUri().getRawPath()).svar();
    }

    private Problem problem(Throwable e) {
        if (e instanceof TiltakEndretAvAndreException) {
            return Problem.av(412, "Tiltaket er endret eller slettet av en annen bruker siden du hentet det."
                    + " Hent det på nytt (ny ETag) før du endrer.");
        }
        if (e instanceof TiltakValideringException validering) {
            return Problem.validering(validering.feil());
        }
        if (e instanceof IngenTilgangException) {
            // Outside scope looks like not found, as on the pages: a guessed id reveals nothing.
            return Problem.av(404, Problem.standardDetalj(404));
        }
        if (e instanceof EJBAccessException) {
            return Problem.av(403, Problem.standardDetalj(403));
        }
        if (e instanceof ApiFeil api) {
            return Problem.av(api.status(), api.getMessage());
        }
        if (e instanceof ProcessingException || ugyldigJson(e)) {
            return Problem.av(400, "Innholdet er ikke gyldig JSON for denne ressursen.");
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return Problem.av(status, Problem.standardDetalj(status));
        }
        String referanse = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Uventet feil i API-et, referanse " + referanse, e);
        return Problem.av(500, Problem.standardDetalj(500)).medReferanse(referanse);
    }

    /** The body could not be read as the resource's JSON (the provider wraps the parser's error). */
    private static boolean ugyldigJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}
