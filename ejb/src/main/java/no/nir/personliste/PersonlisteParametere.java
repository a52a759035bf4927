package no.nir.personliste;

import java.util.function.Function;
import no.nir.ordning.KategoriType;
import no.nir.ordning.OrdningType;
import no.nir.person.Lovverk;
import no.nir.personliste.PersonlisteKriterier.Modus;

/**
 * The person list's criteria read from request parameters, one way for the page, the CSV download
 * and the JSON API. Unknown values fall back to defaults.
 */
public final class PersonlisteParametere {

    private PersonlisteParametere() {
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

    private static KategoriType forsteKategori(Lovverk lovverk) {
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
        return verdi == null || verdi.isBlank() ? null : verdi.trim();
    }
}
