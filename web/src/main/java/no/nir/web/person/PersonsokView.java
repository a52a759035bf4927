package no.nir.web.person;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import no.nir.personliste.PersonsokResultat;
import no.nir.personliste.PersonsokService;
import no.nir.web.felles.Inndata;

/**
 * Personsøk. Søk with exactly one hit opens the person; otherwise it redirects to
 * personsok.xhtml?q=…, whose GET shows the hits, so the back button and bookmarks work.
 */
@Named
@ViewScoped
public class PersonsokView implements Serializable {

    @Inject
    PersonsokService personsokService;

    private String q;
    private PersonsokResultat resultat;

    /** f:viewAction: the search in the URL, if any; a malformed one is not run but explained. */
    public void init() {
        if (resultat != null || q == null || q.isBlank()) {
            return;
        }
        String sok = Inndata.tekstParameter(q, Inndata.MAKS_TEKST);
        if (sok == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String monster = faces.getApplication().getResourceBundle(faces, "t").getString("inndata.sok.ugyldig");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    MessageFormat.format(monster, Inndata.MAKS_TEKST), null));
            q = null;
            return;
        }
        resultat = personsokService.sok(sok);
    }

    public void sok() throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        PersonsokResultat funnet = personsokService.sok(q);
        if (funnet.treff().size() == 1) {
            ext.redirect(Personlenke.grunndata(ext, funnet.treff().get(0).personId()));
        } else {
            ext.redirect(ext.getRequestContextPath() + "/personsok.xhtml?q="
                    + URLEncoder.encode(q == null ? "" : q.trim(), StandardCharsets.UTF_8));
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public PersonsokResultat getResultat() {
        return resultat;
    }
}
