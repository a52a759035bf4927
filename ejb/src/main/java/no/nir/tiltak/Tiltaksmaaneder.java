package no.nir.tiltak;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The month table of an ordning (SPEC §3 "The month average"): months newest first, each with its
 * average and every tiltak whose period touches it. Deleted tiltak are listed where given but
 * never count in the average. The table runs from the ordning's start (or an earlier tiltak) to
 * the later of the ordning's last month and the last tiltak's month.
 */
public final class Tiltaksmaaneder {

    /** Within a month: by start, then in the order they were registered. */
    private static final Comparator<TiltakRad> REKKEFOLGE =
            Comparator.comparing(TiltakRad::fraDato).thenComparingLong(TiltakRad::id);

    private Tiltaksmaaneder() {
    }

    public static List<TiltakMaaned> lag(Ordningsperiode ordning, LocalDate idag, List<TiltakRad> tiltak) {
        List<TiltakMaaned> maaneder = new ArrayList<>();
        for (YearMonth maaned : maaneder(ordning, idag, tiltak)) {
            LocalDate forste = maaned.atDay(1);
            LocalDate siste = maaned.atEndOfMonth();
            List<TiltakRad> iMaaneden = tiltak.stream()
                    .filter(t -> !t.fraDato().isAfter(siste) && !t.tilDato().isBefore(forste))
                    .sorted(REKKEFOLGE)
                    .toList();
            List<Tiltaksperiode> teller = iMaaneden.stream().filter(t -> !t.erSlettet()).map(TiltakRad::periode).toList();
            maaneder.add(new TiltakMaaned(maaned, Maanedsgjennomsnitt.beregn(maaned, teller, ordning), iMaaneden));
        }
        return maaneder;
    }

    private static List<YearMonth> maaneder(Ordningsperiode ordning, LocalDate idag, List<TiltakRad> tiltak) {
        YearMonth forste = tiltak.stream().map(t -> YearMonth.from(t.fraDato()))
                .reduce(YearMonth.from(ordning.fra()), Maanedsgjennomsnitt::tidligst);
        YearMonth siste = tiltak.stream().map(t -> YearMonth.from(t.tilDato()))
                .reduce(ordning.sisteMaaned(idag), Maanedsgjennomsnitt::senest);
        List<YearMonth> maaneder = new ArrayList<>();
        for (YearMonth m = siste; !m.isBefore(forste); m = m.minusMonths(1)) {
            maaneder.add(m);
        }
        return maaneder;
    }
}
