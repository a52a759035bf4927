package no.nir.tilgang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scope rule (README "Roles and scope", {@link Omfang}) as properties over generated callers and
 * persons. The query conditions are checked against {@link Omfang#kanSe} by reading them here with
 * SQL's meaning (a comparison with NULL is never true); that they run in PostgreSQL and JPQL is
 * checked by the container tests ({@code AvvisningIT}).
 */
class OmfangEgenskaperTest {

    /** Oslo, Kristiansand, Bergen, Trondheim; Stavanger 1103 is nobody's here. */
    private static final List<String> KOMMUNER = List.of("0301", "4204", "4601", "5001");
    private static final List<String> BYDELER = List.of("030101", "030102", "460101");
    private static final String KOMMUNE = "o.oppfolgingskommune_nummer";
    private static final String BYDEL = "o.bydel_nummer";

    /** A person's oppfølgingskommune and bydel, either possibly missing. */
    record Sted(String kommune, String bydel) {
    }

    @Provide
    Arbitrary<Omfang> omfang() {
        return Combinators.combine(Arbitraries.of(true, false, false, false, false),
                        Arbitraries.of(KOMMUNER).set().ofMaxSize(KOMMUNER.size()),
                        Arbitraries.of(BYDELER).injectNull(0.5))
                .as(Omfang::new);
    }

    @Provide
    Arbitrary<Tilgang> tilganger() {
        List<String> roller = new ArrayList<>(Rolle.ALLE);
        roller.add("nir-drift");
        return Combinators.combine(Arbitraries.of(roller).set().ofMaxSize(roller.size()),
                        Arbitraries.of(KOMMUNER).set().ofMaxSize(KOMMUNER.size()),
                        Arbitraries.of(BYDELER).injectNull(0.5))
                .as((r, k, b) -> new Tilgang("bruker", r, k, b));
    }

    @Provide
    Arbitrary<Sted> steder() {
        List<String> kommuner = new ArrayList<>(KOMMUNER);
        kommuner.add("1103");
        return Combinators.combine(Arbitraries.of(kommuner).injectNull(0.1), Arbitraries.of(BYDELER).injectNull(0.4))
                .as(Sted::new);
    }

    @Provide
    Arbitrary<String> kommuner() {
        return Arbitraries.of(KOMMUNER);
    }

    @Property
    void imdiSerAltOgHarIngenVilkaar(@ForAll("tilganger") Tilgang tilgang, @ForAll("steder") Sted sted) {
        Set<String> roller = new HashSet<>(tilgang.roller());
        roller.add(Rolle.IMDI);
        Omfang imdi = new Tilgang(tilgang.brukernavn(), roller, tilgang.kommuner(), tilgang.bydel()).omfang();
        assertTrue(imdi.nasjonal());
        assertTrue(imdi.kanSe(sted.kommune(), sted.bydel()));
        assertNull(imdi.sql(KOMMUNE, BYDEL));
        assertNull(imdi.jpql(KOMMUNE, BYDEL));
    }

    @Property
    void bareImdiErNasjonalOgOmfangetErTilgangensKommunerOgBydel(@ForAll("tilganger") Tilgang tilgang) {
        Omfang omfang = tilgang.omfang();
        assertEquals(tilgang.roller().contains(Rolle.IMDI), omfang.nasjonal());
        assertEquals(tilgang.roller().contains(Rolle.IMDI), tilgang.erNasjonal());
        assertEquals(tilgang.kommuner(), omfang.kommuner());
        assertEquals(tilgang.bydel(), omfang.bydel());
    }

    @Property
    void utenImdiSerBrukerenAkkuratEgenKommuneOgEventueltEgenBydel(@ForAll("omfang") Omfang omfang, @ForAll("steder") Sted sted) {
        Omfang lokal = new Omfang(false, omfang.kommuner(), omfang.bydel());
        boolean regel = sted.kommune() != null && omfang.kommuner().contains(sted.kommune())
                && (omfang.bydel() == null || omfang.bydel().equals(sted.bydel()));
        assertEquals(regel, lokal.kanSe(sted.kommune(), sted.bydel()), lokal + " " + sted);
    }

    @Property
    void bydelsbrukerSerAldriNoeKommunebrukerenIkkeSer(@ForAll("omfang") Omfang omfang, @ForAll("steder") Sted sted) {
        Omfang kommunebruker = new Omfang(omfang.nasjonal(), omfang.kommuner(), null);
        if (omfang.kanSe(sted.kommune(), sted.bydel())) {
            assertTrue(kommunebruker.kanSe(sted.kommune(), sted.bydel()), omfang + " " + sted);
        }
    }

    @Property
    void enKommuneTilTarAldriBortNoeBrukerenSaa(@ForAll("omfang") Omfang omfang, @ForAll("kommuner") String kommune,
                                               @ForAll("steder") Sted sted) {
        Set<String> flere = new HashSet<>(omfang.kommuner());
        flere.add(kommune);
        Omfang utvidet = new Omfang(omfang.nasjonal(), flere, omfang.bydel());
        if (omfang.kanSe(sted.kommune(), sted.bydel())) {
            assertTrue(utvidet.kanSe(sted.kommune(), sted.bydel()), utvidet + " " + sted);
        }
        assertTrue(utvidet.kanSe(kommune, omfang.bydel() == null ? sted.bydel() : omfang.bydel()),
                "sees the added kommune's persons (in the bydel, if limited to one)");
    }

    @Property
    void sqlVilkaaretSierDetSammeSomKanSe(@ForAll("omfang") Omfang omfang, @ForAll("steder") Sted sted) {
        Map<String, String> rad = rad(sted);
        boolean kanSe = omfang.kanSe(sted.kommune(), sted.bydel());
        assertEquals(kanSe, oppfylt(omfang.sql(KOMMUNE, BYDEL), rad, SQL_PARAMETER), "SQL " + omfang + " " + sted);
        assertEquals(kanSe, oppfylt(omfang.jpql(KOMMUNE, BYDEL), rad, JPQL_PARAMETER), "JPQL " + omfang + " " + sted);
    }

    @Property
    void utenBydelkolonneAvgrenserBareKommunen(@ForAll("omfang") Omfang omfang, @ForAll("steder") Sted sted) {
        // The kommuner a bydel user may pick from: the kommune rule alone.
        boolean kommunen = new Omfang(omfang.nasjonal(), omfang.kommuner(), null).kanSe(sted.kommune(), sted.bydel());
        Map<String, String> rad = rad(sted);
        assertEquals(kommunen, oppfylt(omfang.sql(KOMMUNE, null), rad, SQL_PARAMETER));
        assertEquals(kommunen, oppfylt(omfang.jpql(KOMMUNE, null), rad, JPQL_PARAMETER));
    }

    @Property
    void sammeOmfangGirSammeVilkaar(@ForAll("omfang") Omfang omfang) {
        // Values in a stable order, so one scope gives one statement text (PostgreSQL reuses its plan).
        List<String> omvendt = new ArrayList<>(omfang.kommuner().stream().sorted().toList());
        Collections.reverse(omvendt);
        Omfang likt = new Omfang(omfang.nasjonal(), new LinkedHashSet<>(omvendt), omfang.bydel());
        assertEquals(omfang.sql(KOMMUNE, BYDEL), likt.sql(KOMMUNE, BYDEL));
        assertEquals(omfang.jpql(KOMMUNE, BYDEL), likt.jpql(KOMMUNE, BYDEL));
    }

    @Property
    void enRolleTilTarAldriBortEnEvne(@ForAll("tilganger") Tilgang tilgang, @ForAll Evne evne) {
        for (String rolle : Rolle.ALLE) {
            Set<String> flere = new HashSet<>(tilgang.roller());
            flere.add(rolle);
            if (tilgang.kan(evne)) {
                assertTrue(new Tilgang(tilgang.brukernavn(), flere, tilgang.kommuner(), tilgang.bydel()).kan(evne));
            }
        }
    }

    @Property
    void tilgangensSnarveierErEvnetabellen(@ForAll("tilganger") Tilgang t) {
        assertEquals(Evne.LESE_PERSONER.gis(t.roller()), t.kanLesePersoner());
        assertEquals(Evne.LESE_KOMPETANSE.gis(t.roller()), t.kanLeseKompetanse());
        assertEquals(Evne.LESE_TILTAK.gis(t.roller()), t.kanLeseTiltak());
        assertEquals(Evne.LESE_INNSYNSLOGG.gis(t.roller()), t.kanLeseInnsynslogg());
        assertEquals(Evne.ENDRE_TILTAK.gis(t.roller()), t.kanEndreTiltak());
        for (String rolle : Rolle.ALLE) {
            assertEquals(t.roller().contains(rolle), t.harRolle(rolle));
        }
        assertFalse(t.kan(Evne.ENDRE_TILTAK) && !t.harRolle(Rolle.NIR_SKRIV), "only nir-skriv changes tiltak");
    }

    // ---------------------------------------------------------------- reading a condition as SQL would

    private static final Pattern SQL_PARAMETER = Pattern.compile("cast\\(\\? as bpchar\\)");
    private static final Pattern JPQL_PARAMETER = Pattern.compile("\\?(\\d+)");
    private static final Pattern I_LISTE = Pattern.compile("(\\S+) in \\((.+)\\)");
    private static final Pattern LIK = Pattern.compile("(\\S+) = (.+)");

    private static Map<String, String> rad(Sted sted) {
        Map<String, String> rad = new HashMap<>();
        rad.put(KOMMUNE, sted.kommune());
        rad.put(BYDEL, sted.bydel());
        return rad;
    }

    /**
     * Whether a row satisfies the condition: null (no condition) lets every row through; the
     * condition is {@code kolonne in (p, …)}, {@code kolonne = p} and {@code 1 = 0} joined by
     * {@code and}, each p a parameter taking the next value. Anything else fails the test.
     */
    private static boolean oppfylt(Omfang.Vilkar vilkar, Map<String, String> rad, Pattern parameter) {
        if (vilkar == null) {
            return true;
        }
        List<Object> verdier = vilkar.verdier();
        int neste = 0;
        boolean sant = true;
        for (String ledd : vilkar.tekst().split(" and ")) {
            Matcher iListe = I_LISTE.matcher(ledd);
            Matcher lik = LIK.matcher(ledd);
            List<Object> mulige = new ArrayList<>();
            String venstre;
            if (ledd.equals("1 = 0")) {
                sant = false;
                continue;
            } else if (iListe.matches()) {
                venstre = iListe.group(1);
                for (String p : iListe.group(2).split(", ")) {
                    mulige.add(verdi(p, parameter, verdier, neste++));
                }
            } else if (lik.matches()) {
                venstre = lik.group(1);
                mulige.add(verdi(lik.group(2), parameter, verdier, neste++));
            } else {
                throw new AssertionError("Unknown condition: " + ledd);
            }
            assertTrue(rad.containsKey(venstre), "unknown column " + venstre);
            String kolonne = rad.get(venstre);
            sant &= kolonne != null && mulige.contains(kolonne);
        }
        assertEquals(verdier.size(), neste, "one value per parameter: " + vilkar);
        return sant;
    }

    private static Object verdi(String tekst, Pattern parameter, List<Object> verdier, int indeks) {
        Matcher m = parameter.matcher(tekst);
        assertTrue(m.matches(), "a parameter, not a literal: " + tekst);
        if (m.groupCount() == 1) {
            assertEquals(indeks + 1, Integer.parseInt(m.group(1)), "JPQL parameters numbered 1, 2, … in order");
        }
        return verdier.get(indeks);
    }
}
