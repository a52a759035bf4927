package no.nir.ordning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One ordning within a computed kategori.
 *
 * @param type   the ordning
 * @param fra    first day (the kategori's fra)
 * @param til    last day (the kategori's til); null while open
 * @param status computed status
 * @param frist  deadline for the ordning; null when it has none
 */
public record BeregnetOrdning(OrdningType type, LocalDate fra, LocalDate til, OrdningStatus status, LocalDate frist) {

    public BeregnetOrdning {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fra, "fra");
        Objects.requireNonNull(status, "status");
    }
}
