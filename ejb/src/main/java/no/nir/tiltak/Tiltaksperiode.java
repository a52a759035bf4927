package no.nir.tiltak;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The part of a tiltak the month average needs: its period (both days included) and hours per week. */
public record Tiltaksperiode(LocalDate fra, LocalDate til, BigDecimal timerPerUke) {

    public Tiltaksperiode {
        Objects.requireNonNull(fra, "fra");
        Objects.requireNonNull(til, "til");
        Objects.requireNonNull(timerPerUke, "timerPerUke");
        if (til.isBefore(fra)) {
            throw new IllegalArgumentException("Tiltaket slutter før det starter: " + fra + "–" + til);
        }
    }
}
