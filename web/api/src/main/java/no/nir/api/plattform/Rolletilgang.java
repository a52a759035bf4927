package no.nir.api.plattform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import java.util.function.Predicate;
import no.nir.tilgang.Tilgang;
import no.nir.tilgang.TilgangService;

/**
 * Refuses a call the caller's role does not allow with 403 before the service is called, by the
 * same rules the pages' menus use ({@link Tilgang}). The services still enforce their roles; this
 * only keeps an expected refusal from being logged by the container as a failed EJB invocation.
 */
@RequestScoped
public class Rolletilgang {

    @EJB
    TilgangService tilgang;

    public void krever(Predicate<Tilgang> regel) {
        if (!regel.test(tilgang.minTilgang())) {
            throw new ApiFeil(403, Problem.standardDetalj(403));
        }
    }
}
