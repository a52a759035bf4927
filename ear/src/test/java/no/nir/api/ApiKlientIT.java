package no.nir.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import no.nir.api.klient.ApiClient;
import no.nir.api.klient.ApiException;
import no.nir.api.klient.ApiResponse;
import no.nir.api.klient.KompetanseApi;
import no.nir.api.klient.OrdningerApi;
import no.nir.api.klient.PersonerApi;
import no.nir.api.klient.PersonlisterApi;
import no.nir.api.klient.TiltakApi;
import no.nir.api.klient.modell.Feltfeil;
import no.nir.api.klient.modell.Lovverk;
import no.nir.api.klient.modell.Maaned;
import no.nir.api.klient.modell.Ordning;
import no.nir.api.klient.modell.OrdningType;
import no.nir.api.klient.modell.Personliste;
import no.nir.api.klient.modell.Persontreff;
import no.nir.api.klient.modell.Problem;
import no.nir.api.klient.modell.Tiltak;
import no.nir.api.klient.modell.TiltakInn;
import no.nir.test.Deployments;
import no.nir.test.Som;
import no.nir.test.nettleser.Jdbc;
import no.nir.test.nettleser.Testpersoner;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JSON API through a Java client generated from its OpenAPI document (openapi-generator,
 * native java.net.http library), against the real EAR, realm and database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiKlientIT {

    private static final String API = "http://127.0.0.1:" + System.getProperty("nir.test.http.port", "8080") + "/nir/api";
    private static final LocalDate APRIL_2 = LocalDate.of(2021, 4, 2);
    private static final LocalDate APRIL_29 = LocalDate.of(2021, 4, 29);
    private static final LocalDate APRIL_30 = LocalDate.of(2021, 4, 30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.klient();
    }

    private long person;
    private long ordning;
    private String duf;

    @BeforeEach
    void nyMottaksbeboer() throws Exception {
        Testpersoner.Person ny = Testpersoner.mottaksbeboer("4204").navn("Nora", "Apiklient").lag();
        person = ny.id();
        ordning = ny.ordning();
        duf = ny.duf();
    }

    @Test
    void veiledningensAprilRegistreresEndresOgSlettes() throws Exception {
        ApiClient skriv = klient("skriv");
        TiltakApi tiltakApi = new TiltakApi(skriv);
        OrdningerApi ordningerApi = new OrdningerApi(skriv);

        // Personsøk with the DUF-nummer as people type it, in groups.
        List<Persontreff> treff = new PersonerApi(skriv)
                .sokPersoner(duf.substring(0, 4) + " " + duf.substring(4, 8) + " " + duf.substring(8)).getTreff();
        assertEquals(List.of(person), treff.stream().map(Persontreff::getId).toList());
        Ordning kvalifisering = ordningerApi.hentOrdninger(person).stream()
                .filter(o -> o.getType() == OrdningType.KVALIFISERING_MOTTAKSBEBOERE).findFirst().orElseThrow();
        assertEquals(ordning, kvalifisering.getId());
        assertTrue(april(ordningerApi.hentMaaneder(person, ordning, false)).getTiltak().isEmpty());

        ApiResponse<Tiltak> norsk = tiltakApi.registrerTiltakWithHttpInfo(person, ordning,
                inn("NORSK_SAMF", "NORSKOPPLAERING", APRIL_2, APRIL_30, "25"));
        assertEquals(201, norsk.getStatusCode());
        long norskId = norsk.getData().getId();
        String etag = header(norsk, "etag");
        assertEquals("\"" + norsk.getData().getVersjon() + "\"", etag);
        assertTrue(header(norsk, "location").endsWith("/nir/api/v1/tiltak/" + norskId));
        assertFalse(norsk.getHeaders().containsKey("set-cookie"), "no HTTP session for API calls");
        tiltakApi.registrerTiltak(person, ordning, inn("LIVSM_FORELDRE", "FORELDREVEILEDNING", APRIL_30, APRIL_30, "4"));
        tiltakApi.registrerTiltak(person, ordning, inn("ARBEID", "JOBBSOKERKURS", APRIL_29, APRIL_30, "3"));

        Maaned april = april(ordningerApi.hentMaaneder(person, ordning, false));
        assertEquals(new BigDecimal("25.53"), april.getGjennomsnitt());
        assertEquals(3, april.getTiltak().size());

        // An edit with the current ETag gives a new one; the old one is then stale and changes nothing.
        ApiResponse<Tiltak> endret = tiltakApi.endreTiltakWithHttpInfo(norskId, etag,
                inn("NORSK_SAMF", "NORSKOPPLAERING", APRIL_2, APRIL_30, "20"));
        assertEquals(0, new BigDecimal("20").compareTo(endret.getData().getTimerPerUke()));
        String nyEtag = header(endret, "etag");
        assertNotEquals(etag, nyEtag);
        Problem stale = problem(assertThrows(ApiException.class, () -> tiltakApi.endreTiltak(norskId, etag,
                inn("NORSK_SAMF", "NORSKOPPLAERING", APRIL_2, APRIL_30, "10"))), 412);
        assertTrue(stale.getDetail().startsWith("Tiltaket er endret eller slettet av en annen bruker"), stale.getDetail());
        assertEquals(0, new BigDecimal("20").compareTo(tiltakApi.hentTiltak(norskId).getTimerPerUke()));
        problem(assertThrows(ApiException.class, () -> tiltakApi.slettTiltak(norskId, etag)), 412);

        assertEquals(204, tiltakApi.slettTiltakWithHttpInfo(norskId, nyEtag).getStatusCode());
        Maaned etterSletting = april(ordningerApi.hentMaaneder(person, ordning, false));
        assertEquals(new BigDecimal("0.53"), etterSletting.getGjennomsnitt());
        assertEquals(2, etterSletting.getTiltak().size());
        Tiltak slettet = april(ordningerApi.hentMaaneder(person, ordning, true)).getTiltak().stream()
                .filter(t -> t.getId() == norskId).findFirst().orElseThrow();
        assertTrue(slettet.getSlettet());
        assertEquals("skriv", slettet.getSlettetAv());
        assertTrue(tiltakApi.hentTiltak(norskId).getSlettet());
    }

    @Test
    void ugyldigTiltakGirEnFeilPerFeltMedSkjermbildetsTekst() throws Exception {
        TiltakApi tiltakApi = new TiltakApi(klient("skriv"));
        Problem problem = problem(assertThrows(ApiException.class, () -> tiltakApi.registrerTiltak(person, ordning,
                inn("NORSK_SAMF", "NORSKOPPLAERING", APRIL_30, APRIL_2, "40.5"))), 400);
        assertEquals(List.of(
                        new Feltfeil().felt("timerPerUke").melding("Antall timer per uke kan ikke være mer enn 40."),
                        new Feltfeil().felt("tilDato").melding("Til dato kan ikke være før fra dato.")),
                problem.getFeil());
        assertEquals(0, antallTiltak(), "nothing saved");
    }

    @Test
    void lesKanIkkeRegistrere() throws Exception {
        TiltakApi tiltakApi = new TiltakApi(klient("les"));
        Problem problem = problem(assertThrows(ApiException.class, () -> tiltakApi.registrerTiltak(person, ordning,
                inn("NORSK_SAMF", "NORSKOPPLAERING", APRIL_2, APRIL_30, "25"))), 403);
        assertEquals("Ingen tilgang", problem.getTitle());
        assertEquals(0, antallTiltak(), "nothing saved");
        assertEquals(2, new OrdningerApi(klient("les")).hentOrdninger(person).size(),
                "les reads Kvalifisering and Kompetansekartlegging");
    }

    @Test
    void osloSerIkkeEnPersonIKristiansand() throws Exception {
        ApiClient oslo = klient("oslo");
        problem(assertThrows(ApiException.class, () -> new PersonerApi(oslo).hentPerson(person)), 404);
        problem(assertThrows(ApiException.class, () -> new OrdningerApi(oslo).hentMaaneder(person, ordning, false)), 404);
        problem(assertThrows(ApiException.class, () -> new TiltakApi(oslo).registrerTiltak(person, ordning,
                inn("NORSK_SAMF", "NORSKOPPLAERING", APRIL_2, APRIL_30, "25"))), 404);
        assertTrue(new PersonerApi(oslo).sokPersoner(duf).getTreff().isEmpty());
        assertEquals(0L, personliste(oslo).getTotalt());
    }

    @Test
    void kommuneadminFaarIkkeKompetanse() throws Exception {
        problem(assertThrows(ApiException.class, () -> new KompetanseApi(klient("kommuneadmin")).hentKompetanse(person)),
                403);
        assertFalse(new KompetanseApi(klient("les")).hentKompetanse(person).getRegistrert());
        assertEquals("Apiklient", new PersonerApi(klient("kommuneadmin")).hentPerson(person).getEtternavn(),
                "kommuneadmin reads Grunndata");
    }

    @Test
    void personOppslagSkrivesIInnsynsloggen() throws Exception {
        assertEquals(duf, new PersonerApi(klient("les")).hentPerson(person).getDufNummer());
        try (Connection c = Jdbc.koble()) {
            assertEquals("1", Jdbc.tekst(c, "select count(*) from innsynslogg where person_id = ? and bruker = 'les'"
                    + " and handling = 'LES_PERSON'", person));
        }
    }

    @Test
    void personlistenErSidevisMedTotalt() throws Exception {
        Personliste liste = personliste(klient("les"));
        assertEquals(1L, liste.getTotalt());
        assertEquals(person, liste.getRader().get(0).getPersonId());
        assertEquals(ordning, liste.getRader().get(0).getOrdningId());
    }

    @Test
    void utenGyldigInnloggingSvarer401() throws Exception {
        HttpResponse<String> uten = http(HttpRequest.newBuilder(URI.create(API + "/v1/katalog")));
        assertEquals(401, uten.statusCode());
        assertEquals("Basic realm=\"NIR\"", uten.headers().firstValue("www-authenticate").orElse(""));
        assertTrue(uten.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        assertEquals("Ikke innlogget", new ObjectMapper().readTree(uten.body()).get("title").asText());
        ApiException feilPassord = assertThrows(ApiException.class,
                () -> new PersonerApi(klient("les", "feil")).sokPersoner(duf));
        problem(feilPassord, 401);
    }

    @Test
    void endringUtenIfMatchSvarer428() throws Exception {
        long id = new TiltakApi(klient("skriv")).registrerTiltak(person, ordning,
                inn("NORSK_SAMF", "NORSKOPPLAERING", APRIL_2, APRIL_30, "25")).getId();
        HttpResponse<String> svar = http(medInnlogging(HttpRequest.newBuilder(URI.create(API + "/v1/tiltak/" + id)), "skriv")
                .DELETE());
        assertEquals(428, svar.statusCode());
        assertFalse(new TiltakApi(klient("les")).hentTiltak(id).getSlettet());
    }

    @Test
    void ugyldigJsonSvarer400UtenKlassenavn() throws Exception {
        HttpResponse<String> svar = http(medInnlogging(HttpRequest.newBuilder(
                URI.create(API + "/v1/personer/" + person + "/ordninger/" + ordning + "/tiltak")), "skriv")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"fraDato\": \"2021-13-45\", ")));
        assertEquals(400, svar.statusCode());
        assertTrue(svar.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        assertFalse(svar.body().contains("Exception") || svar.body().contains("at no.") || svar.body().contains("jakarta."),
                svar.body());
    }

    @Test
    void openApiDokumentetErKopienIRepoet() throws Exception {
        HttpResponse<String> svar = http(HttpRequest.newBuilder(URI.create(API + "/openapi")));
        assertEquals(200, svar.statusCode());
        assertEquals(Files.readString(Path.of("..", "web", "api", "src", "main", "resources", "openapi.yaml")), svar.body());
    }

    private int antallTiltak() throws Exception {
        return Testpersoner.antallTiltak(ordning);
    }

    /** Kvalifisering for mottaksbeboere without tiltak, filtered on this test's DUF-nummer. */
    private Personliste personliste(ApiClient klient) throws ApiException {
        return new PersonlisterApi(klient).hentPersonliste(Lovverk.INTEGRERINGSLOVEN, "TILTAK", null, "UTEN", null, null,
                null, null, duf, null, null, 1, 10, "duf", false);
    }

    private static Maaned april(List<Maaned> maaneder) {
        return maaneder.stream().filter(m -> m.getMaaned().equals("2021-04")).findFirst().orElseThrow();
    }

    private static TiltakInn inn(String gruppe, String type, LocalDate fra, LocalDate til, String timer) {
        return new TiltakInn().gruppeKode(gruppe).typeKode(type).fraDato(fra).tilDato(til).timerPerUke(new BigDecimal(timer));
    }

    private static String header(ApiResponse<?> svar, String navn) {
        return svar.getHeaders().get(navn).get(0);
    }

    /** The error through the client: its status and its Problem Details body. */
    private static Problem problem(ApiException e, int status) throws Exception {
        assertEquals(status, e.getCode(), e.getResponseBody());
        assertTrue(e.getResponseHeaders().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        Problem problem = new ObjectMapper().findAndRegisterModules().readValue(e.getResponseBody(), Problem.class);
        assertEquals(status, problem.getStatus());
        return problem;
    }

    private static ApiClient klient(String bruker) {
        return klient(bruker, Som.PASSORD);
    }

    private static ApiClient klient(String bruker, String passord) {
        ApiClient klient = new ApiClient();
        klient.updateBaseUri(API + "/v1");
        klient.setRequestInterceptor(b -> b.header("Authorization", basic(bruker, passord)));
        return klient;
    }

    private static HttpRequest.Builder medInnlogging(HttpRequest.Builder b, String bruker) {
        return b.header("Authorization", basic(bruker, Som.PASSORD));
    }

    private static String basic(String bruker, String passord) {
        return "Basic " + Base64.getEncoder().encodeToString((bruker + ":" + passord).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> http(HttpRequest.Builder b) throws Exception {
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
