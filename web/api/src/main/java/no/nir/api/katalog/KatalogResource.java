package no.nir.api.katalog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nir.api.plattform.Rolletilgang;
import no.nir.tilgang.Tilgang;
import no.nir.tiltak.TiltakService;
import no.nir.tiltak.Tiltakstypevalg;

/** The tiltakskatalog: groups in catalogue order, each with its types and their veiledning. */
@Path("katalog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KatalogResource {

    @EJB
    TiltakService tiltak;

    @Inject
    Rolletilgang roller;

    public record Gruppe(String kode, String navn, boolean gjeldende, List<Type> typer) {
    }

    /** {@code kanVelges}: type and group are gjeldende today, so a new tiltak may use it. */
    public record Type(String kode, String navn, String veiledning, boolean kanVelges, boolean kreverGjennomforing,
                       boolean kreverMottattTilbud) {
    }

    @GET
    public List<Gruppe> katalog() {
        roller.krever(Tilgang::kanLeseTiltak);
        Map<String, List<Tiltakstypevalg>> perGruppe = new LinkedHashMap<>();
        tiltak.katalog().forEach(t -> perGruppe.computeIfAbsent(t.gruppeKode(), k -> new ArrayList<>()).add(t));
        return perGruppe.values().stream().map(typer -> {
            Tiltakstypevalg forste = typer.get(0);
            return new Gruppe(forste.gruppeKode(), forste.gruppeNavn(), forste.gruppeGjeldende(), typer.stream()
                    .map(t -> new Type(t.kode(), t.navn(), t.veiledning(), t.kanVelges(), t.kreverGjennomforing(),
                            t.kreverMottattTilbud()))
                    .toList());
        }).toList();
    }
}
