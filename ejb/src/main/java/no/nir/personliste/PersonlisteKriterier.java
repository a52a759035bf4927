package no.nir.personliste;

import java.io.Serializable;
import java.util.Objects;
import no.nir.ordning.KategoriType;
import no.nir.ordning.OrdningType;
import no.nir.person.Lovverk;

/**
 * One search of NIR personlister (SPEC §3.2). Empty filters are null. In mode TILTAK the kategori is
 * Kvalifisering i mottak and the list holds its ordning Kvalifisering for mottaksbeboere, with or
 * without registered tiltak. {@code fristInnenDager} keeps only active ordninger whose frist falls
 * within that many days from today (the Arbeidsflate's link).
 */
public record PersonlisteKriterier(Lovverk lovverk, Modus modus, KategoriType kategori, boolean medTiltak,
                                   String fylke, String kommune, String bydel, OrdningType ordning,
                                   String duf, String navn, Integer fristInnenDager) implements Serializable {

    public enum Modus { KATEGORI, TILTAK }

    public PersonlisteKriterier {
        Objects.requireNonNull(lovverk);
        Objects.requireNonNull(modus);
        if (kategori != null && kategori.lovverk() != lovverk) {
            throw new IllegalArgumentException(kategori + " hører ikke til " + lovverk);
        }
    }

    public static PersonlisteKriterier kategori(Lovverk lovverk, KategoriType kategori) {
        return new PersonlisteKriterier(lovverk, Modus.KATEGORI, kategori, false, null, null, null, null, null, null, null);
    }

    public static PersonlisteKriterier tiltak(boolean medTiltak) {
        return new PersonlisteKriterier(Lovverk.INTEGRERINGSLOVEN, Modus.TILTAK, KategoriType.KVALIFISERING_I_MOTTAK,
                medTiltak, null, null, null, null, null, null, null);
    }

    /** The Arbeidsflate's frist list: active ordninger of the kategori with a frist within the days. */
    public static PersonlisteKriterier frist(KategoriType kategori, int dager) {
        return kategori(kategori.lovverk(), kategori).medFrist(dager);
    }

    public PersonlisteKriterier medGeografi(String nyttFylke, String nyKommune, String nyBydel) {
        return new PersonlisteKriterier(lovverk, modus, kategori, medTiltak, nyttFylke, nyKommune, nyBydel, ordning,
                duf, navn, fristInnenDager);
    }

    public PersonlisteKriterier medOrdning(OrdningType nyOrdning) {
        return new PersonlisteKriterier(lovverk, modus, kategori, medTiltak, fylke, kommune, bydel, nyOrdning,
                duf, navn, fristInnenDager);
    }

    public PersonlisteKriterier medPerson(String nyDuf, String nyttNavn) {
        return new PersonlisteKriterier(lovverk, modus, kategori, medTiltak, fylke, kommune, bydel, ordning,
                nyDuf, nyttNavn, fristInnenDager);
    }

    public PersonlisteKriterier medFrist(Integer dager) {
        return new PersonlisteKriterier(lovverk, modus, kategori, medTiltak, fylke, kommune, bydel, ordning,
                duf, navn, dager);
    }
}
