package no.nir.web.drift;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.nir.datakilde.InnlastingAvvistException;
import no.nir.datakilde.InnlastingService;
import no.nir.datakilde.Innlastingskjoring;

/** The initial load on the operators' page: start it on a file, follow, stop and restart its runs. */
@Named
@ViewScoped
public class InnlastingView implements Serializable {

    private static final int KJORINGER = 20;

    @Inject
    InnlastingService innlastingService;

    private String fil;
    private List<String> filer;
    private List<Innlastingskjoring> kjoringer;

    public List<String> getFiler() {
        if (filer == null) {
            filer = innlastingService.filer();
        }
        return filer;
    }

    public List<Innlastingskjoring> getKjoringer() {
        if (kjoringer == null) {
            kjoringer = innlastingService.kjoringer(KJORINGER);
        }
        return kjoringer;
    }

    public void start() {
        try {
            long id = innlastingService.start(fil);
            Statusmelding.info("drift.innlasting.startet.melding", fil, String.valueOf(id));
        } catch (InnlastingAvvistException e) {
            Statusmelding.feil("drift.innlasting.avvist", e.getMessage());
        }
        oppdater();
    }

    public void startPaaNytt(long kjoring) {
        try {
            long id = innlastingService.startPaaNytt(kjoring);
            Statusmelding.info("drift.innlasting.startetpaanytt", String.valueOf(kjoring), String.valueOf(id));
        } catch (InnlastingAvvistException e) {
            Statusmelding.feil("drift.innlasting.avvist", e.getMessage());
        }
        oppdater();
    }

    public void stopp(long kjoring) {
        try {
            innlastingService.stopp(kjoring);
            Statusmelding.info("drift.innlasting.stoppes", String.valueOf(kjoring));
        } catch (InnlastingAvvistException e) {
            Statusmelding.feil("drift.innlasting.avvist", e.getMessage());
        }
        oppdater();
    }

    /** Reads the files and runs again (the page's Oppdater button and after every action). */
    public void oppdater() {
        filer = null;
        kjoringer = null;
    }

    public String getFil() {
        return fil;
    }

    public void setFil(String fil) {
        this.fil = fil;
    }
}
