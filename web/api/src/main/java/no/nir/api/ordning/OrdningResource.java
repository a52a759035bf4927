package no.nir.api.ordning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.nir.api.plattform.Rolletilgang;
import no.nir.api.tiltak.TiltakJson;
import no.nir.ordning.OrdningService;
import no.nir.tilgang.Tilgang;
import no.nir.tiltak.TiltakService;

/** A person's kategorier and ordninger, and an ordning's month table with its tiltak. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrdningResource {

    @EJB
    OrdningService ordninger;

    @EJB
    TiltakService tiltak;

    @Inject
    Rolletilgang roller;

    @GET
    @Path("personer/{personId}/kategorier")
    public List<OrdningJson.KategoriMedOrdninger> kategorier(@PathParam("personId") long personId) {
        roller.krever(Tilgang::kanLesePersoner);
        return ordninger.kategorier(personId).stream().map(OrdningJson.KategoriMedOrdninger::av).toList();
    }

    @GET
    @Path("personer/{personId}/ordninger")
    public List<OrdningJson.Ordning> ordninger(@PathParam("personId") long personId) {
        roller.krever(Tilgang::kanLesePersoner);
        return ordninger.ordningerForMeny(personId).stream()
                .flatMap(l -> l.ordninger().stream().map(o -> OrdningJson.Ordning.av(o, l.lovverk())))
                .toList();
    }

    @GET
    @Path("personer/{personId}/ordninger/{ordningId}")
    public OrdningJson.Detaljer ordning(@PathParam("personId") long personId, @PathParam("ordningId") long ordningId) {
        roller.krever(Tilgang::kanLesePersoner);
        return OrdningJson.Detaljer.av(ordninger.ordning(personId, ordningId));
    }

    /** Newest month first; the average counts tiltak that are not deleted, deleted ones are listed on request. */
    @GET
    @Path("personer/{personId}/ordninger/{ordningId}/maaneder")
    public List<TiltakJson.Maaned> maaneder(@PathParam("personId") long personId,
                                            @PathParam("ordningId") long ordningId,
                                            @QueryParam("medSlettede") boolean medSlettede) {
        roller.krever(Tilgang::kanLeseTiltak);
        // The ordning must be this person's: the same check as the ordning page.
        ordninger.ordning(personId, ordningId);
        return tiltak.maaneder(ordningId, medSlettede).stream().map(TiltakJson.Maaned::av).toList();
    }
}
