package no.nir.web.tiltak;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.time.YearMonth;
import java.util.Map;
import no.nir.tiltak.TiltakSkjema;
import org.primefaces.PrimeFaces;

/** What the tiltak area tells the page after a save or delete: the service's messages, or where the focus goes. */
final class Tilbakemelding {

    /** The dialog's form; the service's field keys are the ids of its fields. */
    private static final String SKJEMA_ID = "tiltakSkjema";

    private Tilbakemelding() {
    }

    /** Each message beside its field (marked invalid); messages without a field at the top of the dialog. */
    static void feltfeil(Map<String, String> feil) {
        FacesContext fc = FacesContext.getCurrentInstance();
        feil.forEach((felt, melding) -> {
            UIComponent komponent = TiltakSkjema.SKJEMA.equals(felt) ? null
                    : fc.getViewRoot().findComponent(SKJEMA_ID + fc.getNamingContainerSeparatorChar() + felt);
            if (komponent instanceof UIInput input) {
                input.setValid(false);
            }
            fc.addMessage(komponent == null ? null : komponent.getClientId(fc),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, melding, null));
        });
        fc.validationFailed();
    }

    /** A message at the top of the tiltak area. */
    static void feil(Map<String, String> feil) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, String.join(" ", feil.values()), null));
    }

    /** For the page's script (tilgjengelighet.js): the month row that gets the focus, the polite status text. */
    static void utfort(YearMonth maaned, String tekstnokkel) {
        FacesContext fc = FacesContext.getCurrentInstance();
        PrimeFaces.current().ajax().addCallbackParam("maaned", maaned.toString());
        PrimeFaces.current().ajax().addCallbackParam("status",
                fc.getApplication().getResourceBundle(fc, "t").getString(tekstnokkel));
    }
}
