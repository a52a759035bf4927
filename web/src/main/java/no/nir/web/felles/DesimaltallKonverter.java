package no.nir.web.felles;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import no.nir.tiltak.Timer;

/**
 * Hours typed the Norwegian way ("7,5") or with a dot ("7.5"); shown as everywhere else ({@link Timer#tekst}). Only ASCII
 * digits, at most three before and one after the separator, checked before BigDecimal sees the
 * text: "1e400000000" would otherwise become a number whose plain form fills the heap. The range
 * (above 0, at most 40) is the service's rule and message.
 */
@FacesConverter("nir.desimaltall")
public class DesimaltallKonverter implements Converter<BigDecimal> {

    private static final int MAKS_LENGDE = 5;
    private static final Pattern TALL = Pattern.compile("[0-9]{1,3}([.,][0-9])?");

    @Override
    public BigDecimal getAsObject(FacesContext fc, UIComponent komponent, String verdi) {
        if (verdi == null || verdi.isBlank()) {
            return null;
        }
        // strip, not trim: trim would also drop a NUL or other control character at the end.
        String tekst = verdi.strip();
        if (tekst.length() > MAKS_LENGDE || !TALL.matcher(tekst).matches()) {
            throw new ConverterException(Meldinger.feltfeil(fc, komponent, "inndata.timer"));
        }
        return new BigDecimal(tekst.replace(',', '.'));
    }

    @Override
    public String getAsString(FacesContext fc, UIComponent komponent, BigDecimal verdi) {
        return Timer.tekst(verdi);
    }
}
