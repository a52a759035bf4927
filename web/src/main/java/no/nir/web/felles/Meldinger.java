package no.nir.web.felles;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** A field's error message from the bundle: {0} the field's label, then the key's own parameters. */
final class Meldinger {

    private static final int MAKS_VIST = 20;

    private Meldinger() {
    }

    static FacesMessage feltfeil(FacesContext fc, UIComponent komponent, String nokkel, Object... parametre) {
        String monster = fc.getApplication().getResourceBundle(fc, "t").getString(nokkel);
        Object[] alle = new Object[parametre.length + 1];
        alle[0] = komponent.getAttributes().getOrDefault("label", komponent.getId());
        System.arraycopy(parametre, 0, alle, 1, parametre.length);
        String melding = new MessageFormat(monster, fc.getViewRoot().getLocale()).format(alle);
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, melding, null);
    }

    /** Typed text shown back in a message: short and without control characters. */
    static String vist(String verdi) {
        String kort = verdi.length() > MAKS_VIST ? verdi.substring(0, MAKS_VIST) + "…" : verdi;
        return kort.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
