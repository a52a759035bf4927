package no.nir.web.tilgang;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.text.MessageFormat;
import no.nir.tilgang.Tilgangsmangel;

/** The page /feil/ingen-rolle.xhtml: what the session's user lacks, in the user's words (403). */
@Named
@RequestScoped
public class TilgangsmangelView {

    /** Answers 403 when the session's user has a Tilgangsmangel (view action). */
    public void svar() {
        ExternalContext ekstern = FacesContext.getCurrentInstance().getExternalContext();
        if (mangel() != null) {
            ekstern.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** "Brukeren din har ingen gyldig kommune (fikk '301')." and the like; null without a mangel. */
    public String getMelding() {
        Tilgangsmangel mangel = mangel();
        if (mangel == null) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String nokkel = "tilgang.mangel." + mangel.type() + (mangel.fikk().isEmpty() ? ".tom" : "");
        String monster = faces.getApplication().getResourceBundle(faces, "t").getString(nokkel);
        return MessageFormat.format(monster, mangel.fikkTekst());
    }

    private static Tilgangsmangel mangel() {
        return TilgangsmangelFilter.mangel((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false));
    }
}
