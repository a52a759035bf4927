package no.nir.web.ordning;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.nir.ordning.LovverkOrdninger;
import no.nir.ordning.OrdningService;
import no.nir.web.felles.Oppslag;

/** The person's ordninger under the NIR item of the person template's left menu. */
@Named
@ViewScoped
public class NirMenyView implements Serializable {

    @Inject
    OrdningService ordningService;

    private List<LovverkOrdninger> lovverk;

    public List<LovverkOrdninger> getLovverk() {
        if (lovverk == null) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            lovverk = ordningService.ordningerForMeny(Oppslag.id(id));
        }
        return lovverk;
    }

    /** The menu the page's own bean already loaded, so the template does not ask again. */
    public void vis(List<LovverkOrdninger> lovverk) {
        this.lovverk = lovverk;
    }
}
