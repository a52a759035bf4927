package no.nir.web.felles;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The one date format of the pages, dd.MM.yyyy, for showing and for typing. Typed dates are read
 * strictly: ASCII digits in exactly that shape and a real calendar day, so 31.02.2026 and
 * 29.02.2023 are refused instead of rolled over to another day.
 */
@FacesConverter("nir.dato")
public class DatoKonverter implements Converter<LocalDate> {

    private static final Pattern FORM = Pattern.compile("[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}");
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext fc, UIComponent komponent, String verdi) {
        if (verdi == null || verdi.isBlank()) {
            return null;
        }
        String tekst = verdi.strip();
        try {
            if (FORM.matcher(tekst).matches()) {
                return LocalDate.parse(tekst, DATO);
            }
        } catch (DateTimeParseException e) {
            // not a day of the calendar: the same message as a wrong shape
        }
        throw new ConverterException(Meldinger.feltfeil(fc, komponent, "inndata.dato", Meldinger.vist(tekst)));
    }

    @Override
    public String getAsString(FacesContext fc, UIComponent komponent, LocalDate verdi) {
        return verdi == null ? "" : DATO.format(verdi);
    }
}
