package no.nir.api.tiltak;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import no.nir.api.plattform.ApiFeil;
import no.nir.api.plattform.Rolletilgang;
import no.nir.ordning.OrdningService;
import no.nir.tilgang.Tilgang;
import no.nir.tiltak.TiltakRad;
import no.nir.tiltak.TiltakService;
import no.nir.tiltak.TiltakSkjema;
import no.nir.tiltak.TiltakValideringException;

/**
 * Register, read, edit and (soft) delete a tiltak. The ETag is the tiltak's version; edit and
 * delete need it back in If-Match, and the service refuses a stale one (412), so nothing is overwritten.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TiltakResource {

    @EJB
    TiltakService tiltak;

    @EJB
    OrdningService ordninger;

    @Inject
    Rolletilgang roller;

    @POST
    @Path("personer/{personId}/ordninger/{ordningId}/tiltak")
    public Response registrer(@PathParam("personId") long personId, @PathParam("ordningId") long ordningId,
                              TiltakInn inn, @Context UriInfo uri) {
        roller.krever(Tilgang::kanEndreTiltak);
        // The ordning must be this person's: the same check as the ordning page.
        ordninger.ordning(personId, ordningId);
        long id = tiltak.registrer(ordningId, skjema(inn));
        TiltakRad rad = tiltak.tiltak(id);
        return Response.created(uri.getBaseUriBuilder().path("tiltak/{id}").build(id))
                .tag(etag(rad)).entity(TiltakJson.Tiltak.av(rad)).build();
    }

    @GET
    @Path("tiltak/{id}")
    public Response les(@PathParam("id") long id) {
        roller.krever(Tilgang::kanLeseTiltak);
        TiltakRad rad = tiltak.tiltak(id);
        return Response.ok(TiltakJson.Tiltak.av(rad)).tag(etag(rad)).build();
    }

    @PUT
    @Path("tiltak/{id}")
    public Response endre(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TiltakInn inn) {
        roller.krever(Tilgang::kanEndreTiltak);
        tiltak.endre(id, versjon(ifMatch), skjema(inn));
        return les(id);
    }

    @DELETE
    @Path("tiltak/{id}")
    // No body on success: a client that accepts only application/problem+json must not get 406.
    @Produces(MediaType.WILDCARD)
    public Response slett(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        roller.krever(Tilgang::kanEndreTiltak);
        tiltak.slett(id, versjon(ifMatch));
        return Response.noContent().build();
    }

    static EntityTag etag(TiltakRad rad) {
        return new EntityTag(Long.toString(rad.version()));
    }

    /** The version in a strong ETag ("3"); anything else cannot match the current one. */
    static long versjon(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiFeil(428, "Send tiltakets ETag i If-Match, slik at ingen andres endring blir overskrevet.");
        }
        String verdi = ifMatch.trim();
        if (verdi.matches("\"\\d{1,18}\"")) {
            return Long.parseLong(verdi.substring(1, verdi.length() - 1));
        }
        throw new ApiFeil(412, "If-Match samsvarer ikke med tiltakets ETag. Hent tiltaket på nytt.");
    }

    private static TiltakSkjema skjema(TiltakInn inn) {
        if (inn == null) {
            throw new TiltakValideringException(Map.of(TiltakSkjema.SKJEMA, "Tiltaket mangler i forespørselen."));
        }
        return inn.skjema();
    }
}
