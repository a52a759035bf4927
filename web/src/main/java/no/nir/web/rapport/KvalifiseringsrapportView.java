package no.nir.web.rapport;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import no.nir.personliste.Filtervalg;
import no.nir.personliste.Filterverdier;
import no.nir.personliste.PersonlisteService;
import no.nir.tilgang.TilgangService;
import no.nir.tiltak.RapportvalgException;
import no.nir.tiltak.Tiltaksrapport;
import no.nir.tiltak.TiltaksrapportService;

/**
 * Rapporter → Kvalifisering i mottak. The choice lives in the URL (bookmarkable); the view asks the
 * report service once and hands the result to the tables and to {@link Rapportdiagram}.
 */
@Named
@ViewScoped
public class KvalifiseringsrapportView implements Serializable {

    @Inject
    TiltaksrapportService rapportService;

    @Inject
    PersonlisteService personlisteService;

    @Inject
    TilgangService tilgangService;

    private static final DateTimeFormatter MAANED = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("nb-NO"));

    private final Rapportlenke lenke = new Rapportlenke();
    private Tiltaksrapport rapport;
    private Filterverdier geografi;
    private boolean nasjonal;

    /** f:viewAction: the report for the URL's choice, or the message why it cannot be made. */
    public void last() {
        if (rapport != null || geografi != null) {
            return;
        }
        nasjonal = tilgangService.minTilgang().erNasjonal();
        geografi = personlisteService.filterverdier();
        try {
            rapport = rapportService.rapport(lenke.valg());
            if (rapport != null) {
                lenke.fyllUt(rapport.valg());
            }
        } catch (RapportvalgException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** "Vis rapport": to the URL of the chosen period and area. */
    public void vis() throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/rapport-kvalifisering.xhtml?" + lenke.query());
    }

    public Rapportlenke getLenke() {
        return lenke;
    }

    public Tiltaksrapport getRapport() {
        return rapport;
    }

    public boolean isNasjonal() {
        return nasjonal;
    }

    public List<Filtervalg> getFylker() {
        return geografi == null ? List.of() : geografi.fylker();
    }

    public List<Filtervalg> getKommuner() {
        return geografi == null ? List.of() : geografi.kommuner();
    }

    /** "november 2025". */
    public String maanedsnavn(YearMonth maaned) {
        return MAANED.format(maaned);
    }

    public BigDecimal sum(List<BigDecimal> timer) {
        return timer.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getPersonDiagram() {
        return Rapportdiagram.personer(rapport);
    }

    public String getTimeDiagram() {
        return Rapportdiagram.timer(rapport);
    }
}
