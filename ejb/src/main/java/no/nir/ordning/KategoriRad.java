package no.nir.ordning;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import no.nir.person.Lovverk;

/** A kategori of a person as the pages show it; til is null while it is open. */
public record KategoriRad(long id, KategoriType type, LocalDate fra, LocalDate til) implements Serializable {

    /** Open kategorier first, then the newest. */
    public static final Comparator<KategoriRad> APNE_FORST = Comparator
            .comparing((KategoriRad k) -> !k.erApen())
            .thenComparing(KategoriRad::fra, Comparator.reverseOrder())
            .thenComparing(KategoriRad::id);

    public static KategoriRad av(Kategori k) {
        return new KategoriRad(k.getId(), k.getType(), k.getFraDato(), k.getTilDato());
    }

    public boolean erApen() {
        return til == null;
    }

    public Lovverk lovverk() {
        return type.lovverk();
    }
}
