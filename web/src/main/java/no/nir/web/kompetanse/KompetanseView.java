package no.nir.web.kompetanse;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.nir.kompetanse.KompetanseOversikt;
import no.nir.kompetanse.KompetanseService;
import no.nir.web.felles.Oppslag;

/** /person/kompetanse.xhtml?id= and its print view /person/kompetanse-utskrift.xhtml?id= . */
@Named
@ViewScoped
public class KompetanseView implements Serializable {

    @Inject
    KompetanseService kompetanseService;

    private String id;
    private KompetanseOversikt kompetanse;

    public void last() {
        kompetanse = kompetanseService.kompetanse(Oppslag.id(id));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public KompetanseOversikt getKompetanse() {
        return kompetanse;
    }
}
