package no.nir.tilgang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.nir.grunndata.GrunndataService;
import no.nir.innsynslogg.InnsynsloggService;
import no.nir.kompetanse.KompetanseService;
import no.nir.kompetanse.KompetanseStatus;
import no.nir.ordning.BeregningService;
import no.nir.ordning.KategoriType;
import no.nir.ordning.OrdningService;
import no.nir.ordning.OrdningType;
import no.nir.person.Lovverk;
import no.nir.person.PersonService;
import no.nir.personliste.ArbeidsflateService;
import no.nir.personliste.Arbeidsflatetall;
import no.nir.personliste.AvansertSok;
import no.nir.personliste.Fristtall;
import no.nir.personliste.PersonlisteKriterier;
import no.nir.personliste.PersonlisteService;
import no.nir.personliste.PersonlisteSortering;
import no.nir.personliste.PersonsokService;
import no.nir.plattform.DriftsinfoService;
import no.nir.test.Deployments;
import no.nir.test.Som;
import no.nir.test.Testdata;
import no.nir.tiltak.Rapportvalg;
import no.nir.tiltak.TiltakService;
import no.nir.tiltak.TiltakSkjema;
import no.nir.tiltak.Tiltaksrapport;
import no.nir.tiltak.TiltaksrapportMaaned;
import no.nir.tiltak.TiltaksrapportService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;

/**
 * Every service method and API endpoint that reads or writes personal data, tried as a caller with
 * the wrong role, from another kommune, from another bydel of the person's kommune, and from the
 * kommune a person moved away from after a tiltak was registered there. Each refusal is paired with
 * a caller who must see the same person through the same method, so a refusal cannot pass because
 * the data is missing. Single reads and writes are refused with IngenTilgangException (the API: 403
 * for the role, 404 for the scope); lists, counts and the report simply leave the person out.
 * Prints the method × refusal table it checked.
 */
@ExtendWith(ArquillianExtension.class)
class AvvisningIT {

    private static final String ANONYM = null;
    /** The API of this server (the port offset is the server's own system property). */
    private static final String API = "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
            + "/nir/api/v1/";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(AvvisningIT.class);
    }

    @EJB PersonService personService;
    @EJB GrunndataService grunndataService;
    @EJB OrdningService ordningService;
    @EJB BeregningService beregningService;
    @EJB KompetanseService kompetanseService;
    @EJB TiltakService tiltakService;
    @EJB TiltaksrapportService rapportService;
    @EJB PersonsokService personsokService;
    @EJB PersonlisteService personlisteService;
    @EJB ArbeidsflateService arbeidsflateService;
    @EJB InnsynsloggService innsynsloggService;
    @EJB DriftsinfoService driftsinfoService;
    @EJB Testdata testdata;

    @Inject
    Clock klokke;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A person tried against, with an ordning that takes tiltak, one tiltak, a Kompetanse and an innsynslogg line. */
    record Maal(long person, long ordning, long tiltak, String duf, LocalDate fra) {
    }

    /** A call on a Maal: a result that shows the person, or false where a list or count leaves it out. */
    @FunctionalInterface
    interface Kall {
        boolean viser(Maal m) throws Exception;
    }

    /** Which callers a method's check is tried with; the roles differ per method. */
    record Brukere(String egen, String feilRolle, String annenKommune, String annenBydel, String oslo, String bergen) {
    }

    /**
     * A row of the table: its callers, its call, how it refuses (role, scope), and the persons tried
     * in the bydel and moved cases where they differ from the common ones (null: the common ones).
     */
    record Rad(Brukere brukere, Kall kall, String rolleAvvisning, String omfangAvvisning, Maal iBydel, Maal flyttet) {
    }

    private static final Brukere LES = new Brukere("les", "bosetting", "bergen", "gamleoslo", "oslo", "bergen");
    private static final Brukere LES_TILTAK = new Brukere("les", "kommuneadmin", "bergen", "gamleoslo", "oslo", "bergen");
    private static final Brukere SKRIV = new Brukere("skriv", "les", "bergen", "bydelskriv", "oslo", "bergen");
    private static final Brukere ADMIN = new Brukere("kommuneadmin", "les", "bydeladmin", "bydeladmin", "imdi", "imdi");
    private static final String ENKELT = "IngenTilgangException";
    private static final String UTELATT = "left out";

    private enum Utfall { SER, AVVIST_ROLLE, AVVIST_OMFANG }

    /** The persons of each test, made afresh so a write in one test cannot change what another sees. */
    private Maal krs;
    private Maal gru;
    private Maal fly;
    private Maal osl;
    private Maal flm;
    private Map<Maal, Supplier<Maal>> tvilling;

    @BeforeEach
    void personer() {
        LocalDate idag = LocalDate.now(klokke);
        // Kvalifisering i mottak in Kristiansand, with a tiltak.
        Supplier<Maal> kristiansand = () -> mottaksbeboer("4204", idag.minusMonths(2));
        // Bosatt in Oslo, bydel Grünerløkka: Introduksjonsprogram, frist in ten days (counted on the arbeidsflate).
        Supplier<Maal> grunerlokka = () -> bosattIGrunerlokka(idag);
        // A Kristiansand mottak resident with a tiltak, then settled in Bergen: the ordning closed, keeping 4204.
        Supplier<Maal> flyttet = () -> flyttetTilBergen(idag);
        // The report counts Kvalifisering i mottak only, which has no bydel: an Oslo mottak resident
        // is outside every bydel. A mottak resident who moves to a Bergen mottak takes the open
        // ordning along, and with it every month of the report.
        Supplier<Maal> osloMottak = () -> mottaksbeboer("0301", idag.minusMonths(2));
        Supplier<Maal> flyttetMottak = () -> flyttetTilBergenMottak(idag);
        krs = kristiansand.get();
        gru = grunerlokka.get();
        fly = flyttet.get();
        osl = osloMottak.get();
        flm = flyttetMottak.get();
        tvilling = Map.of(krs, kristiansand, gru, grunerlokka, fly, flyttet,
                osl, osloMottak, flm, flyttetMottak);
    }

    // One test per group keeps each call into the server short (remoting-jmx cuts one at 60 s by default).

    @Test
    void tjenesterSomLeserEnPerson() throws Exception {
        Map<String, Rad> metoder = new LinkedHashMap<>();
        metoder.put("PersonService.personHode", tjeneste(new Brukere("les", ANONYM, "bergen", "gamleoslo", "oslo", "bergen"),
                m -> personService.personHode(m.person()) != null));
        metoder.put("GrunndataService.grunndata", tjeneste(LES, m -> grunndataService.grunndata(m.person()) != null));
        metoder.put("OrdningService.kategorier", tjeneste(LES, m -> !ordningService.kategorier(m.person()).isEmpty()));
        metoder.put("OrdningService.ordningerForMeny", tjeneste(LES, m -> !ordningService.ordningerForMeny(m.person()).isEmpty()));
        metoder.put("OrdningService.ordning", tjeneste(LES, m -> ordningService.ordning(m.person(), m.ordning()) != null));
        metoder.put("KompetanseService.kompetanse", tjeneste(LES_TILTAK, m -> kompetanseService.kompetanse(m.person()).registrert()));
        metoder.put("TiltakService.ordningsside", tjeneste(LES, m -> !tiltakService.ordningsside(m.person(), m.ordning())
                .meny().isEmpty()));
        metoder.put("TiltakService.maaneder", tjeneste(LES_TILTAK, m -> !tiltakService.maaneder(m.ordning(), false).isEmpty()));
        metoder.put("TiltakService.tiltak", tjeneste(LES_TILTAK, m -> tiltakService.tiltak(m.tiltak()) != null));
        sjekk("services that read one person", metoder);
    }

    @Test
    void listerTellingerOgRapport() throws Exception {
        PersonlisteKriterier alle = PersonlisteKriterier.kategori(Lovverk.INTEGRERINGSLOVEN, null);
        Map<String, Rad> metoder = new LinkedHashMap<>();
        metoder.put("PersonsokService.sok", liste(LES,
                m -> personsokService.sok(m.duf()).treff().stream().anyMatch(t -> t.personId() == m.person())));
        metoder.put("PersonsokService.avansert", liste(LES, m -> personsokService.avansert(new AvansertSok(m.duf(),
                null, null, null, null, null, null, null, null)).treff().stream().anyMatch(t -> t.personId() == m.person())));
        metoder.put("PersonlisteService.antall", liste(LES, m -> personlisteService.antall(alle.medPerson(m.duf(), null)) > 0));
        metoder.put("PersonlisteService.side", liste(LES, m -> personlisteService.side(alle.medPerson(m.duf(), null),
                PersonlisteSortering.DUF, false, 0, 50).stream().anyMatch(r -> r.personId() == m.person())));
        metoder.put("PersonlisteService.eksportside", liste(LES, m -> personlisteService.eksportside(
                alle.medPerson(m.duf(), null), 0, 50).stream().anyMatch(r -> r.personId() == m.person())));
        // A count without filters: a twin of the person made inside the call must change it.
        metoder.put("ArbeidsflateService.tall", liste(LES, m -> {
            long foer = sum(arbeidsflateService.tall());
            tvilling.get(m).get();
            return sum(arbeidsflateService.tall()) > foer;
        }));
        // The report's default (the last twelve whole months, all the caller may see): a twin must add to its persons.
        metoder.put("TiltaksrapportService.rapport", new Rad(LES, m -> {
            long foer = personmaaneder(rapportService.rapport(new Rapportvalg(null, null, null, null)));
            tvilling.get(m).get();
            return personmaaneder(rapportService.rapport(new Rapportvalg(null, null, null, null))) > foer;
        }, "EJBAccessException", UTELATT, osl, flm));
        metoder.put("InnsynsloggService.side", liste(ADMIN,
                m -> innsynsloggService.side(0, 500).stream().anyMatch(l -> l.personId() == m.person())));
        metoder.put("InnsynsloggService.antall", liste(ADMIN, m -> {
            long foer = innsynsloggService.antall();
            testdata.loggLest(m.person());
            return innsynsloggService.antall() > foer;
        }));
        sjekk("services that list, count and report", metoder);
    }

    @Test
    void apiSomLeser() throws Exception {
        Map<String, Rad> metoder = new LinkedHashMap<>();
        metoder.put("GET /personer?sok=", api(LES, UTELATT, m -> nevner(m, svar(get("personer?sok=" + m.duf())))));
        metoder.put("GET /personer/{id}", api(LES, "404", m -> nevner(m, svar(get("personer/" + m.person())))));
        metoder.put("GET /personlister", api(LES, UTELATT, this::iPersonliste));
        metoder.put("GET /personer/{id}/kategorier", api(LES, "404",
                m -> harId(svar(get(personen(m, "kategorier"))), m.ordning())));
        metoder.put("GET /personer/{id}/ordninger", api(LES, "404",
                m -> harId(svar(get(personen(m, "ordninger"))), m.ordning())));
        metoder.put("GET /personer/{id}/ordninger/{id}", api(LES, "404",
                m -> harId(svar(get(personen(m, "ordninger/" + m.ordning()))), m.ordning())));
        metoder.put("GET /personer/{id}/ordninger/{id}/maaneder", api(LES_TILTAK, "404",
                m -> harId(svar(get(personen(m, "ordninger/" + m.ordning() + "/maaneder"))), m.tiltak())));
        metoder.put("GET /personer/{id}/kompetanse", api(LES_TILTAK, "404",
                m -> svar(get(personen(m, "kompetanse"))).matches("(?s).*\"registrert\"\\s*:\\s*true.*")));
        metoder.put("GET /tiltak/{id}", api(LES_TILTAK, "404", m -> harId(svar(get("tiltak/" + m.tiltak())), m.tiltak())));
        sjekk("the JSON API over HTTP with BASIC, reads", metoder);
    }

    @Test
    void tjenesterOgApiSomSkriver() throws Exception {
        Map<String, Rad> metoder = new LinkedHashMap<>();
        metoder.put("BeregningService.beregnPaaNytt", tjeneste(SKRIV, m -> {
            beregningService.beregnPaaNytt(m.person());
            return true;
        }));
        metoder.put("TiltakService.registrer", tjeneste(SKRIV, m -> tiltakService.registrer(m.ordning(), skjema(m, "5")) > 0));
        metoder.put("TiltakService.endre", tjeneste(SKRIV, m -> {
            tiltakService.endre(m.tiltak(), testdata.tiltakVersjon(m.tiltak()), skjema(m, "6"));
            return true;
        }));
        metoder.put("POST /personer/{id}/ordninger/{id}/tiltak", api(SKRIV, "404",
                m -> svar(foresporsel(personen(m, "ordninger/" + m.ordning() + "/tiltak")).POST(json(m, "5"))) != null));
        metoder.put("PUT /tiltak/{id}", api(SKRIV, "404", m -> harId(svar(foresporsel("tiltak/" + m.tiltak())
                .header("If-Match", "\"" + testdata.tiltakVersjon(m.tiltak()) + "\"").PUT(json(m, "7"))), m.tiltak())));
        // Each call deletes a tiltak of its own, so the service's slett below still has one.
        metoder.put("DELETE /tiltak/{id}", api(SKRIV, "404", m -> {
            long tiltak = testdata.tiltak(m.ordning(), "NORSKOPPLAERING", m.fra(), m.fra().plusDays(6), "5");
            return svar(foresporsel("tiltak/" + tiltak).header("If-Match", "\"" + testdata.tiltakVersjon(tiltak) + "\"")
                    .DELETE()) != null;
        }));
        // Last: the callers who may, delete the tiltak.
        metoder.put("TiltakService.slett", tjeneste(SKRIV, m -> {
            tiltakService.slett(m.tiltak(), testdata.tiltakVersjon(m.tiltak()));
            return true;
        }));

        sjekk("services and the JSON API that write", metoder);
    }

    /** Every row against the seven callers; prints the rows as table lines. */
    private void sjekk(String gruppe, Map<String, Rad> metoder) throws Exception {
        List<String> tabell = new ArrayList<>();
        tabell.add("| Method | Wrong role | Other kommune | Other bydel | Moved kommune |");
        tabell.add("|---|---|---|---|---|");
        for (Map.Entry<String, Rad> e : metoder.entrySet()) {
            String metode = e.getKey();
            Rad r = e.getValue();
            Brukere b = r.brukere();
            Maal iBydel = r.iBydel() == null ? gru : r.iBydel();
            Maal flyttetMaal = r.flyttet() == null ? fly : r.flyttet();
            // Refusals first, then the callers who must see: a write by them changes the tiltak.
            forvent(metode, "wrong role", Utfall.AVVIST_ROLLE, b.feilRolle(), r.kall(), krs);
            forvent(metode, "other kommune", Utfall.AVVIST_OMFANG, b.annenKommune(), r.kall(), krs);
            forvent(metode, "other bydel", Utfall.AVVIST_OMFANG, b.annenBydel(), r.kall(), iBydel);
            forvent(metode, "moved", Utfall.AVVIST_OMFANG, b.egen(), r.kall(), flyttetMaal);
            forvent(metode, "own kommune", Utfall.SER, b.egen(), r.kall(), krs);
            forvent(metode, "own kommune, no bydel", Utfall.SER, b.oslo(), r.kall(), iBydel);
            forvent(metode, "new kommune", Utfall.SER, b.bergen(), r.kall(), flyttetMaal);
            tabell.add("| " + metode + " | " + navn(b.feilRolle()) + " → " + r.rolleAvvisning() + " | " + b.annenKommune()
                    + " → " + r.omfangAvvisning() + " (" + b.egen() + " sees) | " + b.annenBydel() + " → "
                    + r.omfangAvvisning() + " (" + b.oslo() + " sees) | " + b.egen() + " → " + r.omfangAvvisning()
                    + " (" + b.bergen() + " sees) |");
        }
        System.out.println("AVVISNINGSTABELL, " + gruppe + " (" + metoder.size() + " × 4)\n" + String.join("\n", tabell));
    }

    /**
     * Driftsinfo holds no personal data and no kommune's data, so only the role applies: the
     * operators' role and IMDi see it, every role of a kommune is refused.
     */
    @Test
    void driftsinfoBareForDriftOgImdi() throws Exception {
        List<String> avvist = List.of("les", "skriv", "kommuneadmin", "bosetting", "bydeladmin");
        for (String bruker : avvist) {
            assertThrows(EJBAccessException.class, () -> Som.bruker(bruker, driftsinfoService::info), bruker);
        }
        assertNotNull(Som.bruker("imdi", driftsinfoService::info).versjon());
        System.out.println("AVVISNINGSTABELL, driftsinfo\n| DriftsinfoService.info | " + String.join(", ", avvist)
                + " → EJBAccessException (imdi sees) | n/a: no personal data, not kommune-bound | n/a | n/a |");
    }

    private static Rad tjeneste(Brukere brukere, Kall kall) {
        return new Rad(brukere, kall, "EJBAccessException", ENKELT, null, null);
    }

    private static Rad liste(Brukere brukere, Kall kall) {
        return new Rad(brukere, kall, "EJBAccessException", UTELATT, null, null);
    }

    private static Rad api(Brukere brukere, String omfangAvvisning, Kall kall) {
        return new Rad(brukere, kall, "403", omfangAvvisning, null, null);
    }

    /**
     * The API's answer to the current caller (BASIC with the demo password). Its 403 and 404 come
     * back as the refusals the services throw, so they land in the same cells; any other answer
     * but 2xx fails the test.
     */
    private String svar(HttpRequest.Builder foresporsel) throws Exception {
        String bruker = SecurityDomain.getCurrent().getCurrentSecurityIdentity().getPrincipal().getName();
        String basic = Base64.getEncoder().encodeToString((bruker + ":" + Som.PASSORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> svar = http.send(foresporsel.header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
        if (svar.statusCode() == 403) {
            throw new EJBAccessException(svar.body());
        }
        if (svar.statusCode() == 404) {
            throw new IngenTilgangException();
        }
        assertEquals(2, svar.statusCode() / 100, svar.statusCode() + " " + svar.body());
        return svar.body();
    }

    private static HttpRequest.Builder foresporsel(String sti) {
        return HttpRequest.newBuilder(URI.create(API + sti)).header("Content-Type", "application/json");
    }

    private static HttpRequest.Builder get(String sti) {
        return foresporsel(sti).GET();
    }

    private static String personen(Maal m, String resten) {
        return "personer/" + m.person() + "/" + resten;
    }

    private static boolean nevner(Maal m, String svar) {
        return svar.contains("\"" + m.duf() + "\"");
    }

    private static boolean harId(String svar, long id) {
        return svar.matches("(?s).*\"id\"\\s*:\\s*" + id + "\\b.*");
    }

    /** The person list of each kategori of the lovverk (the API always lists one), filtered on the DUF-nummer. */
    private boolean iPersonliste(Maal m) throws Exception {
        boolean funnet = false;
        for (KategoriType kategori : KategoriType.values()) {
            if (kategori.lovverk() == Lovverk.INTEGRERINGSLOVEN) {
                funnet |= nevner(m, svar(get("personlister?lovverk=INTEGRERINGSLOVEN&kategori=" + kategori.name()
                        + "&duf=" + m.duf())));
            }
        }
        return funnet;
    }

    private static HttpRequest.BodyPublisher json(Maal m, String timer) {
        return HttpRequest.BodyPublishers.ofString("{\"gruppeKode\":\"NORSK_SAMF\",\"typeKode\":\"NORSKOPPLAERING\","
                + "\"fraDato\":\"" + m.fra() + "\",\"tilDato\":\"" + m.fra().plusDays(6) + "\",\"timerPerUke\":" + timer + "}");
    }

    private static String navn(String bruker) {
        return bruker == null ? "anonymous" : bruker;
    }

    private static void forvent(String metode, String tilfelle, Utfall forventet, String bruker, Kall kall, Maal m)
            throws Exception {
        assertEquals(forventet, utfall(bruker, kall, m), metode + ", " + tilfelle + ", as " + navn(bruker));
    }

    private static Utfall utfall(String bruker, Kall kall, Maal m) throws Exception {
        try {
            boolean viser = bruker == null ? kall.viser(m) : Som.bruker(bruker, () -> kall.viser(m));
            return viser ? Utfall.SER : Utfall.AVVIST_OMFANG;
        } catch (EJBAccessException e) {
            return Utfall.AVVIST_ROLLE;
        } catch (IngenTilgangException e) {
            return Utfall.AVVIST_OMFANG;
        }
    }

    private static long sum(Arbeidsflatetall tall) {
        return tall.medTiltak() + tall.utenTiltak() + tall.frister().stream().mapToLong(Fristtall::antall).sum();
    }

    private static long personmaaneder(Tiltaksrapport rapport) {
        return rapport.maaneder().stream().mapToLong(TiltaksrapportMaaned::personer).sum();
    }

    private static TiltakSkjema skjema(Maal m, String timer) {
        return new TiltakSkjema("NORSK_SAMF", "NORSKOPPLAERING", false, m.fra(), m.fra().plusDays(6),
                new BigDecimal(timer), null, null);
    }

    // ---------------------------------------------------------------- the persons

    private Maal mottaksbeboer(String kommune, LocalDate tillatelse) {
        long person = testdata.mottaksbeboer(kommune, "Kari", "Mottak", LocalDate.of(1990, 1, 1), tillatelse);
        Maal maal = medTiltak(person, OrdningType.KVALIFISERING_MOTTAKSBEBOERE);
        testdata.loggLest(person);
        return maal;
    }

    private Maal bosattIGrunerlokka(LocalDate idag) {
        long person = testdata.bosatt("0301", "030102", "Grete", "Grunerlokka", LocalDate.of(1990, 1, 1),
                idag.minusMonths(4), idag.minusMonths(3).plusDays(10));
        Maal maal = medTiltak(person, OrdningType.INTRODUKSJONSPROGRAM);
        testdata.loggLest(person);
        return maal;
    }

    private Maal flyttetTilBergen(LocalDate idag) {
        long person = testdata.mottaksbeboer("4204", "Frida", "Flyttet", LocalDate.of(1990, 1, 1), idag.minusMonths(5));
        Maal foer = medTiltak(person, OrdningType.KVALIFISERING_MOTTAKSBEBOERE);
        testdata.bosett(person, "4601", idag.minusMonths(3).plusDays(10));
        // Logged only after the move: a line written while the person lived in 4204 stays 4204's (what was true then).
        testdata.loggLest(person);
        return foer;
    }

    private Maal flyttetTilBergenMottak(LocalDate idag) {
        long person = testdata.mottaksbeboer("4204", "Mona", "Flyttet", LocalDate.of(1990, 1, 1), idag.minusMonths(5));
        Maal foer = medTiltak(person, OrdningType.KVALIFISERING_MOTTAKSBEBOERE);
        testdata.flyttTilMottak(person, "4601");
        testdata.loggLest(person);
        return foer;
    }

    private Maal medTiltak(long person, OrdningType type) {
        long ordning = testdata.ordningId(person, type);
        LocalDate fra = testdata.ordningFra(ordning);
        long tiltak = testdata.tiltak(ordning, "NORSKOPPLAERING", fra, fra.plusDays(6), "5");
        testdata.kompetanse(person, KompetanseStatus.values()[0]);
        return new Maal(person, ordning, tiltak, testdata.dufNummer(person), fra);
    }
}
