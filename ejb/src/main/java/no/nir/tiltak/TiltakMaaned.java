package no.nir.tiltak;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A row of the month table: the month's average over its tiltak that are not deleted, and every
 * tiltak shown in it (deleted ones only when asked for).
 */
public record TiltakMaaned(YearMonth maaned, BigDecimal gjennomsnitt, List<TiltakRad> tiltak) implements Serializable {

    public TiltakMaaned {
        tiltak = List.copyOf(tiltak);
    }

    public int aar() {
        return maaned.getYear();
    }
}
