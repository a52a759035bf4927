package no.nir.web.ordning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.nir.ordning.OrdningDetaljer;
import no.nir.ordning.OrdningService;
import no.nir.tiltak.Ordningsside;
import no.nir.tiltak.TiltakService;
import no.nir.web.felles.Oppslag;
import no.nir.web.person.PersonHodeView;
import no.nir.web.tiltak.TiltakView;

/**
 * /person/ordning.xhtml?id=&ordning= : loads the whole page (header, menu, ordning, tiltak) with one
 * service call and hands each part to the bean that shows it; the tiltak area is an include.
 */
@Named
@ViewScoped
public class OrdningView implements Serializable {

    @Inject
    TiltakService tiltakService;

    @Inject
    OrdningService ordningService;

    @Inject
    PersonHodeView personHodeView;

    @Inject
    NirMenyView nirMenyView;

    @Inject
    TiltakView tiltakView;

    private String id;
    private String ordningId;
    private OrdningDetaljer ordning;

    public void last() {
        Ordningsside side = tiltakService.ordningsside(Oppslag.id(id), Oppslag.id(ordningId));
        ordning = side.ordning();
        personHodeView.vis(side.hode());
        nirMenyView.vis(side.meny());
        tiltakView.vis(side);
    }

    /** After a tiltak was saved or deleted: the status field "Det er (ikke) registrert tiltak". */
    public void oppdaterStatus() {
        ordning = ordningService.ordning(ordning.personId(), ordning.id());
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
