package no.nir.web.felles;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.MessageFormat;

/** A decimal number typed the Norwegian way ("7,5") or with a dot ("7.5"); shown with a comma. */
@FacesConverter("nir.desimaltall")
public class DesimaltallKonverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext fc, UIComponent komponent, String verdi) {
        if (verdi == null || verdi.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(verdi.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            // The standard BigDecimal message, which the bundle has in Norwegian.
            String monster = fc.getApplication().getResourceBundle(fc, "t")
                    .getString("jakarta.faces.converter.BigDecimalConverter.DECIMAL");
            Object etikett = komponent.getAttributes().getOrDefault("label", komponent.getId());
            String melding = MessageFormat.format(monster, verdi, "", etikett);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, melding, null), e);
        }
    }

    @Override
    public String getAsString(FacesContext fc, UIComponent komponent, BigDecimal verdi) {
        return verdi == null ? "" : verdi.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
