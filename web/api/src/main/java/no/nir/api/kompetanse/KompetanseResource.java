package no.nir.api.kompetanse;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import no.nir.api.plattform.Rolletilgang;
import no.nir.kompetanse.KompetanseOversikt;
import no.nir.kompetanse.KompetanseService;
import no.nir.tilgang.Tilgang;

/** A person's Kompetanse, read only; the Kommune-administrativ bruker gets 403 (the service's role check). */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KompetanseResource {

    @EJB
    KompetanseService kompetanse;

    @Inject
    Rolletilgang roller;

    public record Kompetanse(boolean registrert, String kilde, LocalDate registrertDato, List<Steg> statuslinje,
                             List<KompetanseOversikt.Sprak> sprak, List<KompetanseOversikt.Yrke> yrker,
                             List<KompetanseOversikt.Utdanning> utdanninger, String andreFerdigheter,
                             String interesser, String karriereveiledningNotat, LocalDate karriereveiledningDato) {
    }

    public record Steg(String steg, String tekst, boolean nadd) {
    }

    @GET
    @Path("personer/{personId}/kompetanse")
    public Kompetanse les(@PathParam("personId") long personId) {
        roller.krever(Tilgang::kanLeseKompetanse);
        KompetanseOversikt k = kompetanse.kompetanse(personId);
        return new Kompetanse(k.registrert(), k.kilde() == null ? null : k.kilde().name(), k.registrertDato(),
                k.statuslinje().stream().map(s -> new Steg(s.steg().name(), s.tekst(), s.nadd())).toList(),
                k.sprak(), k.yrker(), k.utdanninger(), k.andreFerdigheter(), k.interesser(),
                k.karriereveiledningNotat(), k.karriereveiledningDato());
    }
}
