package no.nir.plattform;

import static no.nir.test.http.HttpOkt.kodet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nir.test.http.HttpOkt;
import no.nir.test.http.Klienttest;
import no.nir.test.nettleser.Jdbc;
import no.nir.test.nettleser.Testpersoner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A corpus of malformed and hostile input, sent as an attacker or a careless user would: URL
 * parameters, the search box, the list filters, Avansert søk and the tiltak form (AJAX with a real
 * view state), as several roles. Every answer: no 5xx, no stack trace or exception class name;
 * a refused field shows its Norwegian message; a refused write leaves the database as it was.
 * Covers the nine findings of issue 9. Prints the corpus size by input class.
 */
class FiendtligInndataIT extends Klienttest {

    /** Words and dotted names, found in one linear pass (a body may echo a 10,000-character value). */
    private static final Pattern ORD = Pattern.compile("[\\w$.]+");
    private static final String KONTROLLTEGN = "inneholder tegn som ikke er tillatt";
    private static final String UGYLDIG_DATO = "er ikke en gyldig dato";
    private static final String UGYLDIG_TIMER = "Skriv et tall med høyst én desimal";
    private static final String SOK_UGYLDIG = "Søket inneholder tegn som ikke er tillatt";
    private static final String FOR_LANG = "kan ha høyst";

    /** Text that no field should take: control characters, sizes, injection attempts, odd Unicode. */
    private static final List<String> TEKST = List.of(
            "a\u0000b", "\u0000", "\u0001", "a\tb", "a\nb", "a\rb", "\u007f", "\u0085", "x".repeat(101),
            "x".repeat(10_000), "%", "_", "\\", "'", "'; drop table person; --", "\" or \"1\"=\"1",
            "<script>alert(1)</script>", "${7*7}", "#{7*7}", "\uD83D\uDE00", "\u202Eabc", "\uFEFFa", "\uFFFF",
            "ÆØÅ æøå", "   ", "*", "١٢٣٤٥٦٧٨٩٠١٢", "１２３４５６７８９０１２", "31.02.2026", "29.02.2023");
    /** Malformed dates; only the shape dd.MM.yyyy with a real calendar day is a date. */
    private static final List<String> DATOER = List.of(
            "31.02.2026", "29.02.2023", "32.01.2021", "00.01.2021", "01.13.2021", "1.1.2021", "2021-04-02",
            "02/04/2021", "02.04.21", "٠٢.٠٤.٢٠٢١", "０２.０４.２０２１", "02.04.2021x", "02.04.99999", "a\u0000b",
            "9".repeat(10_000), "31.04.2021");
    /** Malformed hours: only ASCII digits with at most one decimal are read. */
    private static final List<String> TIMER = List.of(
            "1e400000000", "1e100000", "١٠", "１０", "٥", "7,55", "7.55", "-1", "+5", "0x10", "NaN", "Infinity",
            "7.5.5", "1 0", "5e0", "4O", "9".repeat(10_000), "\u0000", "7,5\u0000", "1000");

    private static long person;
    private static long ordning;
    private static final Map<String, Integer> KORPUS = new TreeMap<>();

    @BeforeAll
    static void enMottaksbeboer() {
        Testpersoner.Person fiendtlig = person("Fiendtlig");
        person = fiendtlig.id();
        ordning = fiendtlig.ordning();
    }

    @AfterAll
    static void skrivKorpus() {
        System.out.println("Korpus etter inndataklasse: " + KORPUS + ", i alt "
                + KORPUS.values().stream().mapToInt(Integer::intValue).sum());
    }

    // ---------------------------------------------------------------- URL parameters

    @Test
    void idIUrlErBareAsciiSiffer() throws Exception {
        HttpOkt okt = okt("skriv");
        String p = Long.toString(person);
        List<String> ider = new ArrayList<>(List.of("", " ", "0", "-1", "+" + p, p + " ", " " + p, p + ".0", "1e3",
                "0x10", arabisk(p), fullbredde(p), "99999999999999999999", "9223372036854775808", "9".repeat(10_000),
                p + "\u0000", p + ";drop table person", "' or '1'='1", "<script>", "null", "NaN", p + "," + p, "\u202E" + p));
        for (String id : ider) {
            for (String side : List.of("person/grunndata.xhtml?id=", "person/nir.xhtml?id=", "person/kompetanse.xhtml?id=",
                    "person/ordning.xhtml?ordning=" + ordning + "&id=")) {
                HttpResponse<String> svar = sjekk("url-id", okt.get(side + kodet(id)));
                assertEquals(404, svar.statusCode(), side + id);
                assertTrue(svar.body().contains("Ikke funnet"), side + id);
            }
            assertEquals(404, sjekk("url-id", okt.get("person/ordning.xhtml?id=" + p + "&ordning=" + kodet(id))).statusCode());
        }
        assertEquals(200, okt.get("person/grunndata.xhtml?id=" + p).statusCode(), "the real id opens the person");
    }

    @Test
    void sokIUrlenMedUgyldigeTegnForklares() throws Exception {
        for (String bruker : List.of("les", "kommuneadmin")) {
            HttpOkt okt = okt(bruker);
            for (String q : TEKST) {
                HttpResponse<String> svar = sjekk("personsok-url", okt.get("personsok.xhtml?q=" + kodet(q)));
                assertEquals(200, svar.statusCode(), q);
                if (ugyldigTekst(q)) {
                    assertTrue(svar.body().contains(SOK_UGYLDIG), q);
                }
            }
            for (String raa : List.of("%FF", "%ED%A0%80", "%C0%80", "a%00b")) {
                assertEquals(200, sjekk("personsok-url", okt.get("personsok.xhtml?q=" + raa)).statusCode(), raa);
            }
        }
    }

    @Test
    void personlistensParametreFallerTilbakeTilStandard() throws Exception {
        HttpOkt okt = okt("les");
        Map<String, List<String>> parametre = Map.of(
                "side", List.of("0", "00", "-1", "abc", "99999999", "١", "1e3", "", "2147483648"),
                "sorter", List.of("", "xyz", "navn-desc", "'; drop table person", "duf-desc-desc", "a\u0000b"),
                "navn", TEKST.subList(0, 12),
                "duf", List.of("a\u0000b", "١٢٣", "x".repeat(10_000), "%"),
                "kommune", List.of("4204'", "١٢٣٤", "\u0000", "99999"),
                "lovverk", List.of("XYZ", "", "\u0000"),
                "kategori", List.of("XYZ", "KVALIFISERING_I_MOTTAK'"),
                "modus", List.of("XYZ", "TILTAK\u0000"),
                "frist", List.of("-1", "1e9", "9999", "١"));
        for (var parameter : parametre.entrySet()) {
            for (String verdi : parameter.getValue()) {
                String query = "lovverk=INTEGRERINGSLOVEN&" + parameter.getKey() + "=" + kodet(verdi);
                HttpResponse<String> side = sjekk("personliste-url", okt.get("personliste.xhtml?" + query));
                assertEquals(200, side.statusCode(), query);
                HttpResponse<String> csv = sjekk("personliste-csv", okt.get("personliste.csv?" + query));
                assertEquals(200, csv.statusCode(), query);
                assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), query);
            }
        }
    }

    @Test
    void tabellensSideparametreIAjaxHoldesInnenforGrensene() throws Exception {
        HttpOkt okt = okt("les");
        okt.get("personliste.xhtml?lovverk=INTEGRERINGSLOVEN");
        for (String[] side : new String[][] {{"-25", "25"}, {"0", "100000000"}, {"0", "-1"}, {"abc", "25"}, {"2147483647", "25"}}) {
            HttpResponse<String> svar = sjekk("tabell-ajax", okt.ajax("liste", "liste", null, Map.of(
                    "liste_pagination", "true", "liste_first", side[0], "liste_rows", side[1], "listeskjema", "listeskjema")));
            assertEquals(200, svar.statusCode(), String.join(",", side));
            assertTrue(svar.body().contains("partial-response"), String.join(",", side));
        }
    }

    // ---------------------------------------------------------------- forms

    @Test
    void sokefeltetAvviserKontrolltegnMedMelding() throws Exception {
        HttpOkt okt = okt("skriv");
        for (String q : TEKST) {
            okt.get("personsok.xhtml");
            HttpResponse<String> svar = sjekk("personsok-skjema", okt.post(Map.of("sokeskjema", "sokeskjema", "q", q, "sok", "")));
            if (ugyldigTekst(q)) {
                assertEquals(200, svar.statusCode(), q);
                assertTrue(svar.body().contains(KONTROLLTEGN) || svar.body().contains(FOR_LANG), q);
            } else {
                assertTrue(svar.statusCode() == 200 || svar.statusCode() == 302, q);
            }
        }
    }

    @Test
    void personlistensFilterAvviserKontrolltegnMedMelding() throws Exception {
        HttpOkt okt = okt("les");
        for (String felt : List.of("navn", "duf")) {
            for (String verdi : TEKST.subList(0, 10)) {
                okt.get("personliste.xhtml?lovverk=INTEGRERINGSLOVEN");
                HttpResponse<String> svar = sjekk("personliste-filter", okt.post(Map.of("filter", "filter", felt, verdi, "sok", "")));
                if (ugyldigTekst(verdi)) {
                    assertEquals(200, svar.statusCode(), felt + verdi);
                    assertTrue(svar.body().contains(KONTROLLTEGN) || svar.body().contains(FOR_LANG), felt + verdi);
                }
            }
        }
    }

    @Test
    void avansertSokAvviserUgyldigeFeltMedMelding() throws Exception {
        HttpOkt okt = okt("imdi");
        okt.get("avansert-sok.xhtml");
        for (String felt : List.of("duf", "reg", "unhcr", "fnr", "fornavn", "etternavn")) {
            for (String verdi : TEKST.subList(0, 20)) {
                HttpResponse<String> svar = sjekk("avansert-sok", avansert(okt, felt, verdi));
                if (ugyldigTekst(verdi)) {
                    assertTrue(svar.body().contains(KONTROLLTEGN) || svar.body().contains(FOR_LANG), felt + verdi);
                }
            }
        }
        for (String dato : DATOER) {
            HttpResponse<String> svar = sjekk("avansert-sok-dato", avansert(okt, "fdato_input", dato));
            assertTrue(svar.body().contains(UGYLDIG_DATO), dato);
        }
        assertFalse(avansert(okt, "fdato_input", "29.02.2024").body().contains(UGYLDIG_DATO), "a leap day is a date");
        for (String[] valg : new String[][] {{"kommune_input", "9999"}, {"kommune_input", "'"}, {"kommune_input", "\u0000"},
                {"kategori_input", "XYZ"}, {"kategori_input", "\u0000"}}) {
            sjekk("avansert-sok-valg", avansert(okt, valg[0], valg[1]));
        }
    }

    /** Finding 1 and 7: hours and dates of the tiltak form, as skriv (may save) and les (may not). */
    @Test
    void tiltaksskjemaetAvviserUgyldigeTimerOgDatoerUtenAaLagre() throws Exception {
        HttpOkt skriv = okt("skriv");
        Tiltaksskjema skjema = Tiltaksskjema.aapne(skriv, person, ordning);
        String foer = tiltakstilstand();
        for (String timer : TIMER) {
            HttpResponse<String> svar = sjekk("tiltak-timer", skjema.lagre("02.04.2021", "30.04.2021", timer));
            assertTrue(svar.body().contains(UGYLDIG_TIMER), timer);
            assertTrue(svar.body().length() < 200_000, "no giant value is rendered back: " + timer.length());
            assertEquals(foer, tiltakstilstand(), timer);
        }
        for (String dato : DATOER) {
            HttpResponse<String> svar = sjekk("tiltak-dato", skjema.lagre(dato, "30.04.2021", "5"));
            assertTrue(svar.body().contains(UGYLDIG_DATO), dato);
            svar = sjekk("tiltak-dato", skjema.lagre("02.04.2021", dato, "5"));
            assertTrue(svar.body().contains(UGYLDIG_DATO), dato);
            assertEquals(foer, tiltakstilstand(), dato);
        }
        for (String[] regel : new String[][] {{"41", "kan ikke være mer enn 40"}, {"0", "må være større enn 0"}}) {
            HttpResponse<String> svar = sjekk("tiltak-regel", skjema.lagre("02.04.2021", "30.04.2021", regel[0]));
            assertTrue(svar.body().contains(regel[1]), regel[0]);
            assertEquals(foer, tiltakstilstand(), regel[0]);
        }

        HttpOkt les = okt("les");
        Tiltaksskjema lesSkjema = Tiltaksskjema.aapne(les, person, ordning);
        for (String timer : List.of("1e100000", "1e400000000", "١٠")) {
            HttpResponse<String> svar = sjekk("tiltak-les", lesSkjema.lagre("02.04.2021", "30.04.2021", timer));
            assertTrue(svar.body().contains(UGYLDIG_TIMER) && svar.body().length() < 200_000, timer);
        }
        HttpResponse<String> nektet = sjekk("tiltak-les", lesSkjema.lagre("02.04.2021", "30.04.2021", "5"));
        assertTrue(nektet.body().contains("<redirect url=\"/nir/feil/ingen-tilgang.xhtml\""), "les may not save: 403 page");
        assertEquals(foer, tiltakstilstand(), "nothing saved by any refusal");

        // The same form with good values saves exactly one tiltak: the refusals above were real refusals.
        HttpResponse<String> lagret = sjekk("tiltak-gyldig", skjema.lagre("02.04.2021", "30.04.2021", "7,5"));
        assertFalse(lagret.body().contains("ui-message-error"), lagret.body());
        assertEquals("1", sql("select count(*) from tiltak where ordning_id = ? and timer_per_uke = 7.5", ordning));
    }

    // ---------------------------------------------------------------- roles, login, headers, CSV

    /** Finding 4 and 8: pages a role may not use answer 403, for a GET and for the CSV alike. */
    @Test
    void siderEnRolleIkkeKanBrukeGir403() throws Exception {
        String p = Long.toString(person);
        Map<String, List<String>> nektet = Map.of(
                "bosetting", List.of("personsok.xhtml?q=a", "avansert-sok.xhtml", "personliste.xhtml", "personliste.csv",
                        "rapporter.xhtml", "innsynslogg.xhtml", "person/grunndata.xhtml?id=" + p,
                        "person/ordning.xhtml?id=" + p + "&ordning=" + ordning),
                "les", List.of("innsynslogg.xhtml"),
                "skriv", List.of("innsynslogg.xhtml"),
                "kommuneadmin", List.of("person/kompetanse.xhtml?id=" + p, "person/kompetanse-utskrift.xhtml?id=" + p));
        for (var rolle : nektet.entrySet()) {
            HttpOkt okt = okt(rolle.getKey());
            HttpResponse<String> start = okt.get("arbeidsflate.xhtml");
            for (String side : rolle.getValue()) {
                HttpResponse<String> svar = sjekk("rolle", okt.get(side));
                assertEquals(403, svar.statusCode(), rolle.getKey() + " " + side);
                assertTrue(svar.body().contains("Ingen tilgang"), rolle.getKey() + " " + side);
                String meny = side.replaceAll("\\?.*", "");
                assertFalse(start.body().contains("href=\"/nir/" + meny + "\""), "not in the menu: " + rolle.getKey() + " " + meny);
            }
        }
        HttpOkt kommuneadmin = okt("kommuneadmin");
        HttpResponse<String> ordningside = sjekk("rolle", kommuneadmin.get("person/ordning.xhtml?id=" + p + "&ordning=" + ordning));
        assertEquals(200, ordningside.statusCode());
        assertFalse(ordningside.body().contains("tiltakOversikt"), "the kommune administrator sees no tiltak area");
    }

    /** Finding 6. */
    @Test
    void langeEllerUgyldigeBrukernavnGirInnloggingsfeil() throws Exception {
        for (String navn : List.of("a".repeat(10_000), "a".repeat(1_600), "a\u0000b", "a\r\nb", "'; drop table person; --", "")) {
            HttpOkt okt = HttpOkt.uinnlogget(base);
            okt.get("arbeidsflate.xhtml");
            HttpResponse<String> svar = sjekk("innlogging", okt.loggInnMed(navn, "passord"));
            assertTrue(svar.statusCode() == 200 || svar.statusCode() == 302, navn.length() + ": " + svar.statusCode());
            if (svar.statusCode() == 200) {
                assertTrue(svar.body().contains("Feil brukernavn eller passord"), Integer.toString(navn.length()));
            }
        }
    }

    /** Finding 8: headers on a person page and on error pages; logout ends on the login page. */
    @Test
    void sikkerhetshoderOgUtlogging() throws Exception {
        HttpOkt okt = okt("les");
        for (String side : List.of("person/grunndata.xhtml?id=" + person, "person/grunndata.xhtml?id=x", "innsynslogg.xhtml")) {
            HttpResponse<String> svar = sjekk("hoder", okt.get(side));
            var hoder = svar.headers();
            assertTrue(hoder.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"), side);
            assertEquals("nosniff", hoder.firstValue("X-Content-Type-Options").orElse(""), side);
            assertEquals("same-origin", hoder.firstValue("Referrer-Policy").orElse(""), side);
            assertEquals("SAMEORIGIN", hoder.firstValue("X-Frame-Options").orElse(""), side);
            assertTrue(hoder.allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")), side);
        }
        HttpOkt ny = HttpOkt.uinnlogget(base);
        HttpResponse<String> innlogging = ny.get("arbeidsflate.xhtml");
        assertTrue(innlogging.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("SameSite=Lax")),
                innlogging.headers().allValues("Set-Cookie").toString());

        HttpResponse<String> ut = okt.get("loggut");
        assertEquals(302, ut.statusCode());
        assertTrue(ut.headers().firstValue("Location").orElse("").endsWith("/nir/"));
        assertEquals(302, HttpOkt.uinnlogget(base).get("loggut").statusCode(), "logout without a session too");
        assertTrue(okt.get("arbeidsflate.xhtml").body().contains("j_security_check"), "logged out");
    }

    /** Finding 9: a name (etternavn) that starts with TAB or CR is neutralised in the CSV like = + - @. */
    @Test
    void csvNoytralisererTabOgCr() throws Exception {
        HttpOkt okt = okt("les");
        for (Testpersoner.Person p : List.of(person("\t=1+2"), person("\r=1+2"))) {
            String duf = p.duf();
            String csv = sjekk("csv", okt.get("personliste.csv?lovverk=INTEGRERINGSLOVEN&modus=KATEGORI"
                    + "&kategori=KVALIFISERING_I_MOTTAK&duf=" + duf)).body();
            assertTrue(csv.contains(";'\t=1+2;") || csv.contains(";\"'\r=1+2\";"), csv);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The common checks of every answer; counts it in its input class. */
    private static HttpResponse<String> sjekk(String klasse, HttpResponse<String> svar) {
        KORPUS.merge(klasse, 1, Integer::sum);
        assertTrue(svar.statusCode() < 500, klasse + ": " + svar.statusCode() + " " + svar.uri());
        String lekkasje = lekkasje(svar.body());
        assertNull(lekkasje, () -> klasse + ": " + svar.uri() + " shows " + lekkasje);
        assertFalse(svar.body().contains("/feil/feil.xhtml?ref=") || svar.body().contains("Noe gikk galt"),
                () -> klasse + ": " + svar.uri() + " failed unexpectedly: " + svar.body());
        return svar;
    }

    /** A stack frame ("at no.nir.X.y("), an exception class ("NullPointerException", "OutOfMemoryError") or a JDK/EJB class name. */
    private static String lekkasje(String body) {
        Matcher ord = ORD.matcher(body);
        while (ord.find()) {
            String t = ord.group();
            boolean ramme = ord.start() >= 3 && body.startsWith("at ", ord.start() - 3) && t.indexOf('.') > 0
                    && body.startsWith("(", ord.end());
            boolean unntak = t.length() > 9 && (t.endsWith("Exception") || t.endsWith("Error"))
                    && Character.isLetter(t.charAt(t.length() - (t.endsWith("Error") ? 6 : 10)));
            if (ramme || unntak || t.startsWith("java.lang.") || t.startsWith("jakarta.ejb.")) {
                return t;
            }
        }
        return null;
    }

    private static HttpResponse<String> avansert(HttpOkt okt, String felt, String verdi) throws Exception {
        return okt.ajax("sok", "avansert", null, Map.of("avansert", "avansert", felt, verdi));
    }

    /** What the text validator refuses: control characters or more than 100 characters. */
    private static boolean ugyldigTekst(String verdi) {
        return verdi.length() > 100 || verdi.chars().anyMatch(Character::isISOControl);
    }

    /** A mottak resident of Kristiansand with an ordning that takes tiltak: {person, ordning}. */
    private static Testpersoner.Person person(String etternavn) {
        return Testpersoner.mottaksbeboer("4204").navn("Nora", etternavn).lag();
    }

    private static String sql(String sql, Object... verdier) throws SQLException {
        try (Connection c = Jdbc.koble()) {
            return Jdbc.tekst(c, sql, verdier);
        }
    }

    /** Every tiltak row and every tiltak line of the innsynslogg, as one text to compare. */
    private static String tiltakstilstand() throws SQLException {
        try (Connection c = Jdbc.koble()) {
            return Jdbc.tekst(c, "select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t.id)), '') from tiltak t")
                    + "/" + Jdbc.tekst(c, "select count(*) from innsynslogg where handling <> 'LES_PERSON'");
        }
    }

    private static String arabisk(String siffer) {
        return siffer.chars().mapToObj(c -> String.valueOf((char) ('\u0660' + c - '0'))).reduce("", String::concat);
    }

    private static String fullbredde(String siffer) {
        return siffer.chars().mapToObj(c -> String.valueOf((char) ('\uFF10' + c - '0'))).reduce("", String::concat);
    }

    /**
     * The tiltak form of an ordning page, found by its field names (the ids end in the field keys),
     * with the group chosen as the browser does (its AJAX event fills the type list).
     */
    private static final class Tiltaksskjema {
        private final HttpOkt okt;
        private final String skjema;
        private final Map<String, String> navn = new TreeMap<>();

        private Tiltaksskjema(HttpOkt okt, String html) {
            this.okt = okt;
            Matcher m = Pattern.compile("name=\"([^\"]*(gruppeKode_input|typeKode_input|fraDato_input|tilDato_input|timerPerUke|:lagre))\"")
                    .matcher(html);
            while (m.find()) {
                navn.put(m.group(2), m.group(1));
            }
            assertNotNull(navn.get(":lagre"), "the tiltak form with its Lagre button");
            skjema = navn.get(":lagre").substring(0, navn.get(":lagre").lastIndexOf(':'));
        }

        static Tiltaksskjema aapne(HttpOkt okt, long person, long ordning) throws Exception {
            HttpResponse<String> side = okt.get("person/ordning.xhtml?id=" + person + "&ordning=" + ordning);
            assertEquals(200, side.statusCode());
            Tiltaksskjema skjema = new Tiltaksskjema(okt, side.body());
            String gruppe = skjema.navn.get("gruppeKode_input");
            HttpResponse<String> valgt = okt.ajax(gruppe.replace("_input", ""), gruppe.replace("_input", ""), skjema.skjema, "change",
                    Map.of(skjema.skjema, skjema.skjema, gruppe, "NORSK_SAMF"));
            assertTrue(valgt.body().contains("NORSKOPPLAERING"), "the group's types are offered");
            return skjema;
        }

        HttpResponse<String> lagre(String fra, String til, String timer) throws Exception {
            return okt.ajax(navn.get(":lagre"), skjema, null, Map.of(skjema, skjema,
                    navn.get("gruppeKode_input"), "NORSK_SAMF", navn.get("typeKode_input"), "NORSKOPPLAERING",
                    navn.get("fraDato_input"), fra, navn.get("tilDato_input"), til, navn.get("timerPerUke"), timer));
        }
    }
}
