package no.nir.ordning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One period in which a person falls under a kategori, with the ordninger it gives.
 *
 * @param type      the kategori
 * @param fra       first day
 * @param til       day the kategori closed; null while open
 * @param ordninger the ordninger in SPEC table order (copied, unmodifiable)
 */
public record BeregnetKategori(KategoriType type, LocalDate fra, LocalDate til, List<BeregnetOrdning> ordninger) {

    public BeregnetKategori {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fra, "fra");
        ordninger = ordninger == null ? List.of() : List.copyOf(ordninger);
    }

    /** True while the kategori has no til date. */
    public boolean erApen() {
        return til == null;
    }
}
