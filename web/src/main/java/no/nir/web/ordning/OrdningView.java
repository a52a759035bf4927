package no.nir.web.ordning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.nir.ordning.OrdningDetaljer;
import no.nir.ordning.OrdningService;
import no.nir.web.felles.Oppslag;

/** /person/ordning.xhtml?id=&ordning= : the frame of an ordning page; the tiltak area is an include. */
@Named
@ViewScoped
public class OrdningView implements Serializable {

    @Inject
    OrdningService ordningService;

    private String id;
    private String ordningId;
    private OrdningDetaljer ordning;

    public void last() {
        ordning = ordningService.ordning(Oppslag.id(id), Oppslag.id(ordningId));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOrdningId() {
        return ordningId;
    }

    public void setOrdningId(String ordningId) {
        this.ordningId = ordningId;
    }

    public OrdningDetaljer getOrdning() {
        return ordning;
    }
}
