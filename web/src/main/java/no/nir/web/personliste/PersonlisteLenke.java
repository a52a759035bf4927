package no.nir.web.personliste;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.nir.personliste.PersonlisteKriterier.Modus;
import no.nir.personliste.PersonlisteKriterier;
import no.nir.personliste.PersonlisteParametere;
import no.nir.web.felles.Inndata;

/**
 * The person list's criteria as URL parameters, one way for the page, the CSV download and the
 * Arbeidsflate's links, so a list can be bookmarked and shared. Unknown or malformed values (control
 * characters, too long) fall back to defaults.
 */
public final class PersonlisteLenke {

    public static final String SIDE = "/personliste.xhtml";

    private PersonlisteLenke() {
    }

    /** Reads the criteria back; malformed text (control characters, too long) counts as not given. */
    public static PersonlisteKriterier kriterier(Function<String, String> parameter) {
        return PersonlisteParametere.kriterier(navn -> Inndata.tekstParameter(parameter.apply(navn), Inndata.MAKS_TEKST));
    }

    /** The query string (without '?') of the list with these criteria, page (1-based) and sort. */
    public static String query(PersonlisteKriterier k, int side, String sorter) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("lovverk", k.lovverk());
        p.put("modus", k.modus());
        if (k.modus() == Modus.TILTAK) {
            p.put("tiltak", k.medTiltak() ? "MED" : "UTEN");
        } else {
            p.put("kategori", k.kategori());
            p.put("ordning", k.ordning());
        }
        p.put("fylke", k.fylke());
        p.put("kommune", k.kommune());
        p.put("bydel", k.bydel());
        p.put("duf", k.duf());
        p.put("navn", k.navn());
        p.put("frist", k.fristInnenDager());
        p.put("side", side > 1 ? side : null);
        p.put("sorter", sorter);
        return p.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static String url(PersonlisteKriterier k) {
        return SIDE + "?" + query(k, 1, null);
    }
}
