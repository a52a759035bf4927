package no.nir.api.person;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import no.nir.api.plattform.ApiFeil;
import no.nir.api.plattform.Rolletilgang;
import no.nir.grunndata.GrunndataService;
import no.nir.personliste.PersonlisteKriterier;
import no.nir.personliste.PersonlisteParametere;
import no.nir.personliste.PersonlisteService;
import no.nir.personliste.PersonlisteSortering;
import no.nir.personliste.PersonsokService;
import no.nir.tilgang.Tilgang;

/** Personsøk, a person's Grunndata, and the NIR personlister; roles and scope are the services'. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    static final int MAKS_STORRELSE = 500;

    @EJB
    PersonsokService personsok;

    @EJB
    GrunndataService personer;

    @EJB
    PersonlisteService personlister;

    @Inject
    Rolletilgang roller;

    @GET
    @Path("personer")
    public PersonJson.Personsok sok(@QueryParam("sok") String sok) {
        roller.krever(Tilgang::kanLesePersoner);
        return PersonJson.Personsok.av(personsok.sok(sok));
    }

    /** Opening a person writes LES_PERSON to the innsynslogg, as the page does. */
    @GET
    @Path("personer/{id}")
    public PersonJson.Grunndata grunndata(@PathParam("id") long id) {
        roller.krever(Tilgang::kanLesePersoner);
        return PersonJson.Grunndata.av(personer.grunndata(id));
    }

    @GET
    @Path("personlister")
    public PersonJson.Personliste personliste(@Context UriInfo uri,
                                              @QueryParam("side") @DefaultValue("1") int side,
                                              @QueryParam("storrelse") @DefaultValue("50") int storrelse,
                                              @QueryParam("sorter") String sorter,
                                              @QueryParam("synkende") boolean synkende) {
        if (side < 1 || storrelse < 1 || storrelse > MAKS_STORRELSE) {
            throw new ApiFeil(400, "side må være 1 eller mer, og storrelse mellom 1 og " + MAKS_STORRELSE + ".");
        }
        roller.krever(Tilgang::kanLesePersoner);
        PersonlisteKriterier kriterier = PersonlisteParametere.kriterier(uri.getQueryParameters()::getFirst);
        long totalt = personlister.antall(kriterier);
        return new PersonJson.Personliste(totalt, side, storrelse, personlister.side(kriterier,
                        PersonlisteSortering.forFelt(sorter), synkende, (side - 1) * storrelse, storrelse)
                .stream().map(PersonJson.Rad::av).toList());
    }
}
