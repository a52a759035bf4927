package no.nir.ordning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.nir.kompetanse.KompetanseStatus;
import no.nir.person.Lovverk;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The beregning (SPEC §2) as properties over generated facts, each computed on top of what an
 * earlier run stored for the same person (up to three earlier runs on earlier days, with other
 * facts), as {@code KategoriOppdaterer} does.
 */
class BeregningEgenskaperTest {

    private static final LocalDate TIDLIGST = LocalDate.of(2019, 1, 1);

    /** The facts now, today, and what was stored before today. */
    record Tilfelle(PersonFakta fakta, LocalDate idag, List<BeregnetKategori> tidligere) {
    }

    /**
     * One person's story around one day: permits, bosettinger and the days the beregning ran all lie
     * within about two years of it, so closings, planned bosettinger and birthdays meet the run days.
     */
    @Provide
    Arbitrary<Tilfelle> tilfeller() {
        Arbitrary<LocalDate> midt = Arbitraries.integers().between(0, 365 * 7).map(TIDLIGST.plusDays(400)::plusDays);
        Arbitrary<Integer> alder = Arbitraries.integers().between(365 * 14, 365 * 70);
        return Combinators.combine(midt, alder).as((m, a) -> new LocalDate[] {m, m.minusDays(a)})
                .flatMap(md -> Combinators.combine(fakta(md[0], md[1]).list().ofMinSize(1).ofMaxSize(4),
                                dager(0, 300).list().ofSize(4), dager(-400, 200))
                        .as((fakta, mellomrom, start) -> {
                            // Earlier runs on earlier days, each with its own facts; the last facts are today's.
                            LocalDate dag = md[0].plusDays(start);
                            List<BeregnetKategori> lagret = List.of();
                            for (int i = 0; i < fakta.size() - 1; i++) {
                                lagret = Beregning.beregn(fakta.get(i), lagret, dag);
                                dag = dag.plusDays(mellomrom.get(i));
                            }
                            return new Tilfelle(fakta.get(fakta.size() - 1), dag, lagret);
                        }));
    }

    private static Arbitrary<PersonFakta> fakta(LocalDate midt, LocalDate fodt) {
        return Combinators.combine(dager(-400, 300).map(midt::plusDays).injectNull(0.1), dager(-30, 500).injectNull(0.4),
                        Arbitraries.of(true, false), Arbitraries.of(KompetanseStatus.class).injectNull(0.5))
                .as((t, bosatt, mottak, kompetanse) -> new PersonFakta(fodt, t,
                        bosatt == null ? null : (t == null ? midt : t).plusDays(bosatt), mottak, kompetanse));
    }

    /**
     * Days from {@code min} to {@code max}, most often on a 50-day grid so that permits, bosettinger
     * and run days often fall on the same day (one-day periods, a closing on the day it is computed).
     */
    private static Arbitrary<Integer> dager(int min, int max) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(min / 50, max / 50).map(i -> i * 50)),
                Tuple.of(1, Arbitraries.integers().between(min, max)));
    }

    @Property
    void aaRegneIgjenSammeDagMedSammeFaktaEndrerIngenting(@ForAll("tilfeller") Tilfelle t) {
        List<BeregnetKategori> en = Beregning.beregn(t.fakta(), t.tidligere(), t.idag());
        assertEquals(en, Beregning.beregn(t.fakta(), en, t.idag()));
    }

    @Property
    void lukkedePerioderForsvinnerAldri(@ForAll("tilfeller") Tilfelle t) {
        List<BeregnetKategori> resultat = Beregning.beregn(t.fakta(), t.tidligere(), t.idag());
        for (BeregnetKategori lukket : t.tidligere().stream().filter(k -> !k.erApen()).toList()) {
            assertTrue(resultat.stream().anyMatch(k -> k.type() == lukket.type() && k.fra().equals(lukket.fra())),
                    "kept: " + lukket + " in " + resultat);
        }
    }

    @Property
    void enKategoriGirBareSineOrdningerISinRekkefolgeOgSinPeriode(@ForAll("tilfeller") Tilfelle t) {
        for (BeregnetKategori k : Beregning.beregn(t.fakta(), t.tidligere(), t.idag())) {
            List<OrdningType> typer = k.ordninger().stream().map(BeregnetOrdning::type).toList();
            assertEquals(k.type().ordninger().stream().filter(typer::contains).toList(), typer, k.toString());
            assertTrue(k.til() == null || !k.til().isBefore(k.fra()), k.toString());
            k.ordninger().forEach(o -> {
                assertEquals(k.fra(), o.fra());
                assertEquals(k.til(), o.til());
            });
        }
    }

    @Property
    void aapenKategoriHarIngenInaktivOrdningOgLukketFoerIdagIngenAktiv(@ForAll("tilfeller") Tilfelle t) {
        for (BeregnetKategori k : Beregning.beregn(t.fakta(), t.tidligere(), t.idag())) {
            for (BeregnetOrdning o : k.ordninger()) {
                if (k.erApen()) {
                    assertNotEquals(OrdningStatus.INAKTIV, o.status(), k.toString());
                } else if (!k.til().isAfter(t.idag())) {
                    assertNotEquals(OrdningStatus.AKTIV, o.status(), "closed " + k.til() + ", today " + t.idag());
                }
            }
        }
    }

    @Property
    void fristenErTreMaanederEtterTillatelsenEllerBosettingen(@ForAll("tilfeller") Tilfelle t) {
        PersonFakta f = t.fakta();
        for (BeregnetKategori k : Beregning.beregn(f, List.of(), t.idag())) {
            for (BeregnetOrdning o : k.ordninger()) {
                LocalDate start = switch (o.type()) {
                    case KOMPETANSEKARTLEGGING -> k.type() == KategoriType.KVALIFISERING_I_MOTTAK ? f.tillatelsesdato() : null;
                    case INTRODUKSJONSPROGRAM -> k.type() == KategoriType.INTRODUKSJONSPROGRAM ? f.bosettingsdato() : null;
                    case OPPLAERING_NORSK_SAMFUNNSKUNNSKAP -> f.bosettingsdato();
                    default -> null;
                };
                assertEquals(start == null ? null : start.plusMonths(3), o.frist(), k.type() + " " + o.type());
                if (o.frist() != null) {
                    // 31 January + 3 months is 30 April: the month end, never a day in the month after.
                    assertEquals(start.getMonth().plus(3), o.frist().getMonth());
                }
            }
        }
    }

    @Property
    void kvalifiseringIMottakFraTillatelsenEllerAttenAarsdagen(@ForAll("tilfeller") Tilfelle t) {
        PersonFakta f = t.fakta();
        for (BeregnetKategori k : Beregning.beregn(f, List.of(), t.idag())) {
            int alder = Period.between(f.fodselsdato(), f.tillatelsesdato()).getYears();
            if (k.type() == KategoriType.KVALIFISERING_I_MOTTAK) {
                LocalDate atten = f.fodselsdato().plusYears(18);
                assertEquals(f.tillatelsesdato().isAfter(atten) ? f.tillatelsesdato() : atten, k.fra());
                assertEquals(f.bosettingsdato(), k.til());
                assertEquals(alder >= 18 && alder <= 55,
                        k.ordninger().stream().anyMatch(o -> o.type() == OrdningType.KOMPETANSEKARTLEGGING),
                        "Kompetansekartlegging only for 18–55 at the permit, here " + alder);
            } else {
                assertEquals(f.bosettingsdato(), k.fra(), "the other kategorier start at bosetting");
                int minste = k.type() == KategoriType.NORSKOPPLAERING_INTRODUKSJONSLOVEN ? 16 : 18;
                int hoyeste = k.type() == KategoriType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP ? 67 : 55;
                assertTrue(alder >= minste && alder <= hoyeste, k.type() + " at " + alder);
            }
            assertEquals(k.type().lovverk(), Lovverk.forTillatelsesdato(f.tillatelsesdato()));
        }
    }

    @Property
    void enAapenPeriodeStarterDerFaktaSierEllerDerEnTidligereLukketSlutter(@ForAll("tilfeller") Tilfelle t) {
        List<BeregnetKategori> fersk = Beregning.beregn(t.fakta(), List.of(), t.idag());
        for (BeregnetKategori k : Beregning.beregn(t.fakta(), t.tidligere(), t.idag())) {
            if (k.erApen()) {
                BeregnetKategori fraFakta = fersk.stream().filter(f -> f.type() == k.type()).findFirst()
                        .orElseThrow(() -> new AssertionError("open, but the facts give no " + k.type()));
                assertTrue(k.fra().equals(fraFakta.fra()) || t.tidligere().stream().anyMatch(
                        f -> f.type() == k.type() && k.fra().equals(f.til()) && f.til().isAfter(fraFakta.fra())),
                        k + " from " + fraFakta.fra() + " or after a closed period inside it");
            }
        }
    }

    @Property
    void enAapenPeriodeSomIkkeLengerGjelderLukkesIdagEllerPaaBosettingsdagen(@ForAll("tilfeller") Tilfelle t) {
        List<BeregnetKategori> fersk = Beregning.beregn(t.fakta(), List.of(), t.idag());
        List<BeregnetKategori> resultat = Beregning.beregn(t.fakta(), t.tidligere(), t.idag());
        for (BeregnetKategori aapen : t.tidligere().stream().filter(BeregnetKategori::erApen).toList()) {
            if (fersk.stream().noneMatch(f -> f.type() == aapen.type())) {
                LocalDate lukket = aapen.type() == KategoriType.KVALIFISERING_I_MOTTAK && t.fakta().erBosatt()
                        ? t.fakta().bosettingsdato() : t.idag();
                List<BeregnetKategori> naa = resultat.stream()
                        .filter(k -> k.type() == aapen.type() && k.fra().equals(aapen.fra())).toList();
                assertEquals(lukket.isBefore(aapen.fra()) ? List.of() : List.of(lukket),
                        naa.stream().map(BeregnetKategori::til).toList(), aapen.toString());
            }
        }
    }

    @Property
    void rekkefolgenAvTidligereSpillerIngenRolle(@ForAll("tilfeller") Tilfelle t) {
        List<BeregnetKategori> omvendt = new ArrayList<>(t.tidligere());
        Collections.reverse(omvendt);
        assertEquals(Beregning.beregn(t.fakta(), t.tidligere(), t.idag()), Beregning.beregn(t.fakta(), omvendt, t.idag()));
    }
}
