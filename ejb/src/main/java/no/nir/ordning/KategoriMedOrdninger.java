package no.nir.ordning;

import java.io.Serializable;
import java.util.List;

/** A kategori of the "NIR — Aktive ordninger" overview with its ordninger, active first. */
public record KategoriMedOrdninger(KategoriRad kategori, List<OrdningRad> ordninger) implements Serializable {

    public KategoriMedOrdninger {
        ordninger = List.copyOf(ordninger);
    }
}
