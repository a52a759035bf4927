package no.nir.personliste;

import java.io.Serializable;
import no.nir.ordning.KategoriType;

/** How many active ordninger of a kategori have a frist within the Arbeidsflate's window. */
public record Fristtall(KategoriType kategori, long antall) implements Serializable {
}
