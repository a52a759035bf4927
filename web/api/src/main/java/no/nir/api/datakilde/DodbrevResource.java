package no.nir.api.datakilde;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import no.nir.api.plattform.ApiFeil;
import no.nir.api.plattform.Rolletilgang;
import no.nir.datakilde.Dodbrev;
import no.nir.datakilde.DodbrevService;
import no.nir.tilgang.Tilgang;

/**
 * Events that could not be applied, with their reasons (the page Datakilder's first table): list,
 * send one again to the event queue, or discard it. No personal data, as on the page.
 */
@Path("dodbrev")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DodbrevResource {

    @EJB
    DodbrevService dodbrev;

    @Inject
    Rolletilgang roller;

    /** The oldest dead letters, at most {@link DodbrevService#MAKS}; {@code flere} when there are more. */
    public record Liste(boolean flere, List<Linje> dodbrev) {
    }

    public record Linje(String id, String hendelseId, String kilde, String type, String arsak, int forsok,
                        Instant feilet, Instant sendt) {
        static Linje av(Dodbrev d) {
            return new Linje(d.id(), d.hendelseId(), d.kilde(), d.type(), d.arsak(), d.forsok(), d.feilet(), d.sendt());
        }
    }

    @GET
    public Liste liste() {
        roller.krever(Tilgang::kanDrifteDatakilder);
        List<Dodbrev> alle = dodbrev.liste();
        boolean flere = alle.size() > DodbrevService.MAKS;
        return new Liste(flere, alle.stream().limit(DodbrevService.MAKS).map(Linje::av).toList());
    }

    @POST
    @Path("{id}/send-paa-nytt")
    // No body on success: a client that accepts only application/problem+json must not get 406.
    @Produces(MediaType.WILDCARD)
    public Response sendPaaNytt(@PathParam("id") String id) {
        roller.krever(Tilgang::kanDrifteDatakilder);
        return funnet(dodbrev.sendPaaNytt(id));
    }

    @DELETE
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    public Response forkast(@PathParam("id") String id) {
        roller.krever(Tilgang::kanDrifteDatakilder);
        return funnet(dodbrev.forkast(id));
    }

    private static Response funnet(boolean funnet) {
        if (!funnet) {
            throw new ApiFeil(404, "Hendelsen finnes ikke i køen for feilede hendelser (sendt på nytt eller forkastet).");
        }
        return Response.noContent().build();
    }
}
