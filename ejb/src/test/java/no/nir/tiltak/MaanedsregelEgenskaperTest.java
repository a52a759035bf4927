package no.nir.tiltak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The month rule (SPEC §3 "The month average") as properties over generated ordninger and tiltak,
 * through the one path the pages, the API and the report take: {@link Tiltaksmaaneder} and
 * {@link Maanedsbidrag}. Dates fall in 2020–2029, so Easter, the Whitsun and Ascension holidays,
 * 17 May, Christmas and every month end and year end occur.
 */
class MaanedsregelEgenskaperTest {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final List<String> GRUPPER = List.of("ARBEID", "LIVSM_FORELDRE", "NORSK_SAMF");

    /** An ordning, the tiltak on it (ids 1, 2, … in list order) and the day the table is made. */
    record Tilfelle(Ordningsperiode ordning, List<TiltakRad> tiltak, LocalDate idag) {
    }

    @Provide
    Arbitrary<Tilfelle> tilfeller() {
        Arbitrary<Ordningsperiode> ordninger = Combinators.combine(
                        Arbitraries.integers().between(0, 3000),
                        Arbitraries.integers().between(0, 500).injectNull(0.3))
                .as((fra, varighet) -> new Ordningsperiode(START.plusDays(fra),
                        varighet == null ? null : START.plusDays(fra + varighet)));
        return ordninger.flatMap(o -> Combinators.combine(
                        perioder(o.fra()).list().ofMaxSize(6),
                        Arbitraries.integers().between(-40, 900))
                .as((perioder, dag) -> new Tilfelle(o, rader(perioder), o.fra().plusDays(dag))));
    }

    /** A tiltak around the ordning (also before it and past its end), 0–40 hours with up to two decimals. */
    private static Arbitrary<Tiltaksperiode> perioder(LocalDate ordningFra) {
        return Combinators.combine(
                        Arbitraries.integers().between(-100, 550),
                        Arbitraries.integers().between(0, 200),
                        Arbitraries.integers().between(0, 4000))
                .as((fra, lengde, timer) -> new Tiltaksperiode(ordningFra.plusDays(fra),
                        ordningFra.plusDays(fra + lengde), BigDecimal.valueOf(timer, 2)));
    }

    // ---------------------------------------------------------------- the month average

    @Property
    void aaDeleEtTiltakIToPaaEnHvilkenSomHelstDagGirSammeGjennomsnitt(
            @ForAll("tilfeller") Tilfelle t, @ForAll @IntRange(max = 1000) int hvilket, @ForAll @IntRange(max = 1000) int dag) {
        List<TiltakRad> delbare = t.tiltak().stream().filter(r -> r.tilDato().isAfter(r.fraDato())).toList();
        if (delbare.isEmpty()) {
            return;
        }
        TiltakRad hel = delbare.get(hvilket % delbare.size());
        int dager = (int) (hel.tilDato().toEpochDay() - hel.fraDato().toEpochDay());
        LocalDate sisteIForste = hel.fraDato().plusDays(dag % dager);
        List<TiltakRad> delt = new ArrayList<>(t.tiltak());
        delt.remove(hel);
        delt.add(rad(1000, hel.gruppeKode(), new Tiltaksperiode(hel.fraDato(), sisteIForste, hel.timerPerUke()), false));
        delt.add(rad(1001, hel.gruppeKode(), new Tiltaksperiode(sisteIForste.plusDays(1), hel.tilDato(), hel.timerPerUke()), false));

        assertEquals(snitt(lag(t.ordning(), t.idag(), t.tiltak())), snitt(lag(t.ordning(), t.idag(), delt)),
                "split " + hel.periode() + " after " + sisteIForste);
    }

    @Property
    void dagerUtenforOrdningenTellerAldri(@ForAll("tilfeller") Tilfelle t) {
        // The same tiltak cut to the ordning's period (dropped where nothing is left) give the same averages.
        List<TiltakRad> innenfor = new ArrayList<>();
        for (TiltakRad r : t.tiltak()) {
            LocalDate fra = Maanedsgjennomsnitt.senest(r.fraDato(), t.ordning().fra());
            LocalDate til = t.ordning().til() == null ? r.tilDato() : Maanedsgjennomsnitt.tidligst(r.tilDato(), t.ordning().til());
            if (!til.isBefore(fra)) {
                innenfor.add(rad(r.id(), r.gruppeKode(), new Tiltaksperiode(fra, til, r.timerPerUke()), false));
            }
        }
        Map<YearMonth, BigDecimal> alle = snitt(lag(t.ordning(), t.idag(), t.tiltak()));
        Map<YearMonth, BigDecimal> kuttet = snitt(lag(t.ordning(), t.idag(), innenfor));
        alle.forEach((maaned, snitt) -> assertEquals(kuttet.getOrDefault(maaned, NULL), snitt, maaned.toString()));
        kuttet.forEach((maaned, snitt) -> assertEquals(alle.get(maaned), snitt, maaned.toString()));
    }

    @Property
    void flereTimerGirAldriMindre(@ForAll("tilfeller") Tilfelle t, @ForAll @IntRange(max = 1000) int hvilket,
                                  @ForAll @IntRange(min = 1, max = 4000) int ekstra) {
        if (t.tiltak().isEmpty()) {
            return;
        }
        TiltakRad r = t.tiltak().get(hvilket % t.tiltak().size());
        List<TiltakRad> flere = new ArrayList<>(t.tiltak());
        flere.set(flere.indexOf(r), rad(r.id(), r.gruppeKode(),
                new Tiltaksperiode(r.fraDato(), r.tilDato(), r.timerPerUke().add(BigDecimal.valueOf(ekstra, 2))), false));
        aldriMindre(snitt(lag(t.ordning(), t.idag(), t.tiltak())), snitt(lag(t.ordning(), t.idag(), flere)));
    }

    @Property
    void flereDagerEllerEtTiltakTilGirAldriMindre(@ForAll("tilfeller") Tilfelle t, @ForAll @IntRange(max = 1000) int hvilket,
                                                 @ForAll @IntRange(max = 60) int tidligere, @ForAll @IntRange(max = 60) int senere) {
        if (t.tiltak().isEmpty()) {
            return;
        }
        Map<YearMonth, BigDecimal> foer = snitt(lag(t.ordning(), t.idag(), t.tiltak()));
        TiltakRad r = t.tiltak().get(hvilket % t.tiltak().size());
        List<TiltakRad> lengre = new ArrayList<>(t.tiltak());
        lengre.set(lengre.indexOf(r), rad(r.id(), r.gruppeKode(), new Tiltaksperiode(r.fraDato().minusDays(tidligere),
                r.tilDato().plusDays(senere), r.timerPerUke()), false));
        aldriMindre(foer, snitt(lag(t.ordning(), t.idag(), lengre)));

        List<TiltakRad> medEtTil = new ArrayList<>(t.tiltak());
        medEtTil.add(rad(1000, r.gruppeKode(), r.periode(), false));
        aldriMindre(foer, snitt(lag(t.ordning(), t.idag(), medEtTil)));
    }

    @Property
    void rekkefolgenBetyrIkke(@ForAll("tilfeller") Tilfelle t, @ForAll long stokking) {
        List<TiltakRad> stokket = new ArrayList<>(t.tiltak());
        Collections.shuffle(stokket, new Random(stokking));
        assertEquals(lag(t.ordning(), t.idag(), t.tiltak()), lag(t.ordning(), t.idag(), stokket));
    }

    @Property
    void gjennomsnittetLiggerMellomNullOgSummenAvTimene(@ForAll("tilfeller") Tilfelle t) {
        for (TiltakMaaned m : lag(t.ordning(), t.idag(), t.tiltak())) {
            BigDecimal sum = m.tiltak().stream().map(TiltakRad::timerPerUke).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertTrue(m.gjennomsnitt().signum() >= 0, m.toString());
            assertTrue(m.gjennomsnitt().compareTo(sum) <= 0, m.maaned() + ": " + m.gjennomsnitt() + " > " + sum);
            assertEquals(2, m.gjennomsnitt().scale(), "always two decimals");
        }
    }

    @Property
    void tiltakOverHeleMaanedenIOrdningenTellerFulleTimer(@ForAll @IntRange(max = 119) int maanedNr,
                                                         @ForAll @IntRange(max = 4000) int timer) {
        YearMonth maaned = YearMonth.from(START).plusMonths(maanedNr);
        Ordningsperiode ordning = new Ordningsperiode(maaned.atDay(1), maaned.atEndOfMonth());
        BigDecimal timerPerUke = BigDecimal.valueOf(timer, 2);
        List<TiltakMaaned> tabell = lag(ordning, maaned.atDay(1), List.of(
                rad(1, "ARBEID", new Tiltaksperiode(maaned.atDay(1), maaned.atEndOfMonth(), timerPerUke), false)));
        assertEquals(List.of(maaned), tabell.stream().map(TiltakMaaned::maaned).toList());
        assertEquals(timerPerUke.setScale(2), tabell.get(0).gjennomsnitt());
    }

    @Property
    void slettedeTiltakVisesMenTellerAldri(@ForAll("tilfeller") Tilfelle t, @ForAll long utvalg) {
        Random tilfeldig = new Random(utvalg);
        List<TiltakRad> medSlettede = new ArrayList<>();
        List<TiltakRad> utenSlettede = new ArrayList<>();
        for (TiltakRad r : t.tiltak()) {
            boolean slett = tilfeldig.nextBoolean();
            medSlettede.add(rad(r.id(), r.gruppeKode(), r.periode(), slett));
            if (!slett) {
                utenSlettede.add(r);
            }
        }
        List<TiltakMaaned> tabell = lag(t.ordning(), t.idag(), medSlettede);
        Map<YearMonth, BigDecimal> uten = snitt(lag(t.ordning(), t.idag(), utenSlettede));
        for (TiltakMaaned m : tabell) {
            assertEquals(uten.getOrDefault(m.maaned(), NULL), m.gjennomsnitt(), m.maaned().toString());
        }
        assertEquals(medSlettede.size(), tabell.stream().flatMap(m -> m.tiltak().stream()).distinct().count(),
                "every tiltak, deleted or not, is listed");
    }

    @Property
    void idagAvgjorBareHvilkeMaanederSomVisesIkkeGjennomsnittet(@ForAll("tilfeller") Tilfelle t,
                                                                @ForAll @IntRange(max = 900) int dager) {
        Map<YearMonth, BigDecimal> iDag = snitt(lag(t.ordning(), t.idag(), t.tiltak()));
        Map<YearMonth, BigDecimal> senere = snitt(lag(t.ordning(), t.idag().plusDays(dager), t.tiltak()));
        iDag.forEach((maaned, snitt) -> assertEquals(snitt, senere.get(maaned), maaned.toString()));
        assertTrue(senere.keySet().containsAll(iDag.keySet()), "a later day never hides a month");
    }

    // ---------------------------------------------------------------- the months of the table

    @Property
    void tabellenGaarUtenHullFraFoersteTilSenesteMaaned(@ForAll("tilfeller") Tilfelle t) {
        List<YearMonth> maaneder = lag(t.ordning(), t.idag(), t.tiltak()).stream().map(TiltakMaaned::maaned).toList();
        YearMonth nyest = t.tiltak().stream().map(r -> YearMonth.from(r.tilDato()))
                .reduce(t.ordning().sisteMaaned(t.idag()), Maanedsgjennomsnitt::senest);
        YearMonth eldst = t.tiltak().stream().map(r -> YearMonth.from(r.fraDato()))
                .reduce(YearMonth.from(t.ordning().fra()), Maanedsgjennomsnitt::tidligst);
        if (nyest.isBefore(eldst)) {
            // An open ordning that starts after this month and has no tiltak yet: no month to show.
            assertEquals(List.of(), maaneder);
            return;
        }
        assertEquals(nyest, maaneder.get(0), "newest first: the later of the ordning's last month (this month while open) and the last tiltak's");
        assertEquals(eldst, maaneder.get(maaneder.size() - 1));
        IntStream.range(1, maaneder.size()).forEach(i -> assertEquals(maaneder.get(i - 1).minusMonths(1), maaneder.get(i)));
    }

    @Property
    void hvertTiltakStaarIAkkuratMaanedeneDetBeroerer(@ForAll("tilfeller") Tilfelle t) {
        List<TiltakMaaned> tabell = lag(t.ordning(), t.idag(), t.tiltak());
        for (TiltakRad r : t.tiltak()) {
            List<YearMonth> der = tabell.stream().filter(m -> m.tiltak().contains(r)).map(TiltakMaaned::maaned).toList();
            List<YearMonth> beroert = new ArrayList<>();
            for (YearMonth m = YearMonth.from(r.tilDato()); !m.isBefore(YearMonth.from(r.fraDato())); m = m.minusMonths(1)) {
                beroert.add(m);
            }
            assertEquals(beroert, der, r.periode().toString());
        }
        tabell.forEach(m -> assertEquals(m.tiltak().stream().sorted(Comparator.comparing(TiltakRad::fraDato)
                .thenComparingLong(TiltakRad::id)).toList(), m.tiltak(), "by start, then as registered"));
    }

    // ---------------------------------------------------------------- the report uses the same rule

    @Property
    void rapportensMaanederHarTabellensGjennomsnitt(@ForAll("tilfeller") Tilfelle t) {
        Map<YearMonth, BigDecimal> tabell = snitt(lag(t.ordning(), t.idag(), t.tiltak()));
        List<Maanedsbidrag> bidrag = Maanedsbidrag.beregn(t.ordning().fra(), t.ordning().til(), t.tiltak().stream()
                .map(r -> new Maanedsbidrag.GruppeTiltak(r.gruppeKode(), r.periode())).toList());
        for (Maanedsbidrag b : bidrag) {
            assertEquals(b.medTiltak() ? tabell.get(b.maaned()) : NULL, b.snitt(), b.toString());
        }
        assertEquals(List.of(YearMonth.from(t.ordning().fra())), bidrag.stream().filter(Maanedsbidrag::inn)
                .map(Maanedsbidrag::maaned).toList(), "inn in the ordning's first month only");
        assertEquals(t.ordning().til() == null ? List.of() : List.of(YearMonth.from(t.ordning().til())),
                bidrag.stream().filter(Maanedsbidrag::ut).map(Maanedsbidrag::maaned).toList(),
                "ut in a closed ordning's last month only");
        assertEquals(bidrag.stream().map(Maanedsbidrag::maaned).sorted().distinct().toList(),
                bidrag.stream().map(Maanedsbidrag::maaned).toList(), "months in time order, once each");
    }

    @Property
    void rapportenTellerMaanederDerEtTiltakHarEnDagIOrdningen(@ForAll("tilfeller") Tilfelle t) {
        List<Maanedsbidrag> bidrag = Maanedsbidrag.beregn(t.ordning().fra(), t.ordning().til(), t.tiltak().stream()
                .map(r -> new Maanedsbidrag.GruppeTiltak(r.gruppeKode(), r.periode())).toList());
        for (Maanedsbidrag b : bidrag) {
            LocalDate fra = Maanedsgjennomsnitt.senest(b.maaned().atDay(1), t.ordning().fra());
            LocalDate til = t.ordning().til() == null ? b.maaned().atEndOfMonth()
                    : Maanedsgjennomsnitt.tidligst(b.maaned().atEndOfMonth(), t.ordning().til());
            boolean harDag = t.tiltak().stream().anyMatch(r -> !r.fraDato().isAfter(til) && !r.tilDato().isBefore(fra));
            assertEquals(harDag, b.medTiltak(), b.toString());
            assertTrue(b.medTiltak() || b.inn() || b.ut(), "a month without tiltak only as the first or last: " + b);
        }
        for (TiltakRad r : t.tiltak()) {
            LocalDate fra = Maanedsgjennomsnitt.senest(r.fraDato(), t.ordning().fra());
            LocalDate til = t.ordning().til() == null ? r.tilDato() : Maanedsgjennomsnitt.tidligst(r.tilDato(), t.ordning().til());
            for (YearMonth m = YearMonth.from(fra); !til.isBefore(fra) && !m.isAfter(YearMonth.from(til)); m = m.plusMonths(1)) {
                YearMonth maaned = m;
                assertTrue(bidrag.stream().anyMatch(b -> b.maaned().equals(maaned) && b.medTiltak()), maaned + " of " + r.periode());
            }
        }
    }

    @Property
    void gruppenesTimerSummererTilMaanedensGjennomsnitt(@ForAll("tilfeller") Tilfelle t) {
        List<Maanedsbidrag> bidrag = Maanedsbidrag.beregn(t.ordning().fra(), t.ordning().til(), t.tiltak().stream()
                .map(r -> new Maanedsbidrag.GruppeTiltak(r.gruppeKode(), r.periode())).toList());
        for (Maanedsbidrag b : bidrag) {
            BigDecimal sum = b.timerPerGruppe().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            // Each group is rounded on its own, so they may differ by half a hundredth per group.
            BigDecimal avrunding = new BigDecimal("0.005").multiply(BigDecimal.valueOf(b.timerPerGruppe().size() + 1L));
            assertTrue(sum.subtract(b.snitt()).abs().compareTo(avrunding) <= 0, b.toString());
            assertEquals(List.copyOf(b.timerPerGruppe().keySet()), b.timerPerGruppe().keySet().stream().sorted().toList());
        }
    }

    // ---------------------------------------------------------------- helpers

    private static final BigDecimal NULL = new BigDecimal("0.00");

    private static List<TiltakMaaned> lag(Ordningsperiode ordning, LocalDate idag, List<TiltakRad> tiltak) {
        return Tiltaksmaaneder.lag(ordning, idag, tiltak);
    }

    private static Map<YearMonth, BigDecimal> snitt(List<TiltakMaaned> tabell) {
        Map<YearMonth, BigDecimal> snitt = new LinkedHashMap<>();
        tabell.forEach(m -> snitt.put(m.maaned(), m.gjennomsnitt()));
        return snitt;
    }

    private static void aldriMindre(Map<YearMonth, BigDecimal> foer, Map<YearMonth, BigDecimal> etter) {
        foer.forEach((maaned, snitt) -> assertTrue(etter.getOrDefault(maaned, NULL).compareTo(snitt) >= 0,
                maaned + ": " + snitt + " became " + etter.get(maaned)));
    }

    private static List<TiltakRad> rader(List<Tiltaksperiode> perioder) {
        return IntStream.range(0, perioder.size())
                .mapToObj(i -> rad(i + 1, GRUPPER.get(i % GRUPPER.size()), perioder.get(i), false)).toList();
    }

    private static TiltakRad rad(long id, String gruppe, Tiltaksperiode p, boolean slettet) {
        LocalDate registrert = LocalDate.of(2020, 1, 1);
        return new TiltakRad(id, 0, gruppe, gruppe, true, "T", "Type", true, p.fra(), p.til(), p.timerPerUke(), false,
                null, null, "Kristiansand", "skriv", registrert, null, null, slettet ? "skriv" : null,
                slettet ? registrert : null, false);
    }
}
