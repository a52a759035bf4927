package no.nir.web.drift;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** The outcome of an operator's action as a message on the page, from the text bundle. */
final class Statusmelding {

    private Statusmelding() {
    }

    static void info(String nokkel, Object... parametre) {
        vis(FacesMessage.SEVERITY_INFO, nokkel, parametre);
    }

    static void feil(String nokkel, Object... parametre) {
        vis(FacesMessage.SEVERITY_ERROR, nokkel, parametre);
    }

    private static void vis(FacesMessage.Severity alvor, String nokkel, Object... parametre) {
        FacesContext fc = FacesContext.getCurrentInstance();
        String monster = fc.getApplication().getResourceBundle(fc, "t").getString(nokkel);
        fc.addMessage(null, new FacesMessage(alvor, new MessageFormat(monster, fc.getViewRoot().getLocale())
                .format(parametre), null));
    }
}
