package no.nir.web.felles;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Every text field of every form (a default validator, faces-config.xml): no control characters
 * (a NUL would reach PostgreSQL, which refuses it) and at most {@link Inndata#MAKS_TEKST}
 * characters, or the field's own maxlength. URL parameters fall back to defaults in their beans instead.
 */
@FacesValidator("nir.tekst")
public class TekstValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext fc, UIComponent komponent, Object verdi) {
        if (!(verdi instanceof String tekst) || komponent instanceof UIViewParameter) {
            return;
        }
        if (Inndata.harKontrolltegn(tekst)) {
            throw new ValidatorException(Meldinger.feltfeil(fc, komponent, "inndata.kontrolltegn"));
        }
        int maks = maks(komponent);
        if (tekst.length() > maks) {
            throw new ValidatorException(Meldinger.feltfeil(fc, komponent, "inndata.forlang", maks));
        }
    }

    private static int maks(UIComponent komponent) {
        Object maks = komponent.getAttributes().get("maxlength");
        return maks instanceof Integer m && m > 0 && m < Inndata.MAKS_TEKST ? m : Inndata.MAKS_TEKST;
    }
}
