package no.nir.tiltak;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The month table of an ordning (SPEC §3 "The month average"): months newest first, each with its
 * average and every tiltak whose period touches it. Deleted tiltak are listed where given but
 * never count in the average.
 */
public final class Tiltaksmaaneder {

    /** Within a month: by start, then in the order they were registered. */
    private static final Comparator<TiltakRad> REKKEFOLGE =
            Comparator.comparing(TiltakRad::fraDato).thenComparingLong(TiltakRad::id);

    private Tiltaksmaaneder() {
    }

    public static List<TiltakMaaned> lag(LocalDate ordningFra, LocalDate idag, List<TiltakRad> tiltak) {
        List<Tiltaksperiode> alle = tiltak.stream().map(TiltakRad::periode).toList();
        List<TiltakMaaned> maaneder = new ArrayList<>();
        for (YearMonth maaned : Maanedsgjennomsnitt.maaneder(ordningFra, idag, alle)) {
            LocalDate forste = maaned.atDay(1);
            LocalDate siste = maaned.atEndOfMonth();
            List<TiltakRad> iMaaneden = tiltak.stream()
                    .filter(t -> !t.fraDato().isAfter(siste) && !t.tilDato().isBefore(forste))
                    .sorted(REKKEFOLGE)
                    .toList();
            List<Tiltaksperiode> teller = iMaaneden.stream().filter(t -> !t.erSlettet()).map(TiltakRad::periode).toList();
            maaneder.add(new TiltakMaaned(maaned, Maanedsgjennomsnitt.beregn(maaned, teller), iMaaneden));
        }
        return maaneder;
    }
}
