package no.nir.web.drift;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.nir.datakilde.Dodbrev;
import no.nir.datakilde.DodbrevService;

/** The dead letters on the operators' page: list, send again, discard. */
@Named
@ViewScoped
public class DodbrevView implements Serializable {

    @Inject
    DodbrevService dodbrevService;

    private List<Dodbrev> liste;

    public List<Dodbrev> getListe() {
        if (liste == null) {
            liste = dodbrevService.liste();
        }
        return liste.size() > DodbrevService.MAKS ? liste.subList(0, DodbrevService.MAKS) : liste;
    }

    /** There are more than the page shows. */
    public boolean isFlere() {
        getListe();
        return liste.size() > DodbrevService.MAKS;
    }

    public int getMaks() {
        return DodbrevService.MAKS;
    }

    public void sendPaaNytt(String id) {
        if (dodbrevService.sendPaaNytt(id)) {
            Statusmelding.info("drift.dodbrev.sendt", id);
        } else {
            Statusmelding.feil("drift.dodbrev.borte", id);
        }
        liste = null;
    }

    public void forkast(String id) {
        if (dodbrevService.forkast(id)) {
            Statusmelding.info("drift.dodbrev.forkastet", id);
        } else {
            Statusmelding.feil("drift.dodbrev.borte", id);
        }
        liste = null;
    }
}
