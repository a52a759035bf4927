package no.nir.web.personliste;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.nir.ordning.KategoriType;
import no.nir.ordning.Lovverk;
import no.nir.ordning.OrdningType;
import no.nir.person.PersonlisteKriterier;
import no.nir.person.PersonlisteKriterier.Modus;
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

    public static PersonlisteKriterier kriterier(Function<String, String> parameter) {
        Lovverk lovverk = enumVerdi(Lovverk.class, parameter.apply("lovverk"), Lovverk.INTEGRERINGSLOVEN);
        Modus modus = lovverk == Lovverk.INTEGRERINGSLOVEN
                ? enumVerdi(Modus.class, parameter.apply("modus"), Modus.KATEGORI) : Modus.KATEGORI;
        KategoriType kategori = enumVerdi(KategoriType.class, parameter.apply("kategori"), null);
        if (modus == Modus.TILTAK) {
            kategori = KategoriType.KVALIFISERING_I_MOTTAK;
        } else if (kategori == null || kategori.lovverk() != lovverk) {
            kategori = forsteKategori(lovverk);
        }
        Integer frist = null;
        String fristTekst = tekst(parameter.apply("frist"));
        if (fristTekst != null && fristTekst.matches("\\d{1,3}")) {
            frist = Integer.valueOf(fristTekst);
        }
        return new PersonlisteKriterier(lovverk, modus, kategori, !"UTEN".equals(parameter.apply("tiltak")),
                nummer(parameter.apply("fylke"), 2), nummer(parameter.apply("kommune"), 4),
                nummer(parameter.apply("bydel"), 6),
                modus == Modus.KATEGORI ? enumVerdi(OrdningType.class, parameter.apply("ordning"), null) : null,
                tekst(parameter.apply("duf")), tekst(parameter.apply("navn")), frist);
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

    public static KategoriType forsteKategori(Lovverk lovverk) {
        for (KategoriType type : KategoriType.values()) {
            if (type.lovverk() == lovverk) {
                return type;
            }
        }
        throw new IllegalStateException("Ingen kategori for " + lovverk);
    }

    private static <E extends Enum<E>> E enumVerdi(Class<E> type, String verdi, E standard) {
        try {
            return verdi == null || verdi.isBlank() ? standard : Enum.valueOf(type, verdi);
        } catch (IllegalArgumentException e) {
            return standard;
        }
    }

    private static String nummer(String verdi, int siffer) {
        return verdi != null && verdi.matches("\\d{" + siffer + "}") ? verdi : null;
    }

    private static String tekst(String verdi) {
        return Inndata.tekstParameter(verdi, Inndata.MAKS_TEKST);
    }
}
