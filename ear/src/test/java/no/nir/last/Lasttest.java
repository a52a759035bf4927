package no.nir.last;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * 50 sessions, each logged in once as one of the demo users, run the mix of the issue (list first
 * page, list page 3, Arbeidsflate, Grunndata, ordning page, name search) for a fixed time against
 * the server of {@link Lastdata#baseUrl()}. The logins are not counted. Subclasses choose the think time.
 */
abstract class Lasttest extends Simulation {

    static final int SESJONER = Integer.getInteger("nir.last.sesjoner", 50);
    static final Duration VARIGHET = Duration.ofSeconds(Integer.getInteger("nir.last.sekunder", 60));
    private static final String LISTE = "/personliste.xhtml?lovverk=INTEGRERINGSLOVEN&modus=KATEGORI"
            + "&kategori=KVALIFISERING_I_MOTTAK";

    Lasttest(Duration minsteTenketid, Duration lengsteTenketid) {
        Map<String, List<Lastdata.Eksempel>> eksempler = Lastdata.eksempler(500);
        List<String> brukere = new ArrayList<>(Lastdata.BRUKERE.keySet());
        // Session i logs in as user i modulo 6, so the users share the 50 sessions evenly.
        Iterator<Map<String, Object>> innlogging = Stream.iterate(0, i -> i + 1)
                .map(i -> Map.<String, Object>of("bruker", brukere.get(i % brukere.size())))
                .iterator();

        HttpProtocolBuilder protokoll = http.baseUrl(Lastdata.baseUrl())
                .acceptHeader("text/html")
                .acceptLanguageHeader("nb-NO")
                .shareConnections();

        ChainBuilder mix = exec(session -> medEksempel(session, eksempler))
                .exec(side("Personliste første side", LISTE)).pause(minsteTenketid, lengsteTenketid)
                .exec(side("Personliste side 3", LISTE + "&side=3")).pause(minsteTenketid, lengsteTenketid)
                .exec(side("Arbeidsflate", "/arbeidsflate.xhtml")).pause(minsteTenketid, lengsteTenketid)
                .exec(side("Grunndata", "/person/grunndata.xhtml?id=#{person}")).pause(minsteTenketid, lengsteTenketid)
                .exec(side("Ordning", "/person/ordning.xhtml?id=#{person}&ordning=#{ordning}"))
                .pause(minsteTenketid, lengsteTenketid)
                .exec(side("Navnesøk", "/personsok.xhtml?q=#{navn}")).pause(minsteTenketid, lengsteTenketid);

        ScenarioBuilder scenario = scenario("NIR Mottak, " + SESJONER + " sesjoner")
                .feed(innlogging)
                .exec(http("Innlogging: skjema").get("/arbeidsflate.xhtml").silent()
                        .check(substring("j_security_check")))
                .exec(http("Innlogging").post("/j_security_check").silent()
                        .formParam("j_username", "#{bruker}").formParam("j_password", Lastdata.PASSORD)
                        .check(status().is(200), substring("j_security_check").notExists()))
                .during(VARIGHET).on(mix);

        setUp(scenario.injectOpen(rampUsers(SESJONER).during(Duration.ofSeconds(5))))
                .protocols(protokoll)
                .maxDuration(VARIGHET.plusSeconds(60))
                .assertions(global().failedRequests().count().is(0L));
    }

    /** A page answered in full: 200, neither the login form nor an error page. */
    private static HttpRequestActionBuilder side(String navn, String url) {
        return http(navn).get(url).check(status().is(200), substring("j_security_check").notExists(),
                substring("id=\"feilside\"").notExists());
    }

    /** A random person of the user's kommuner for this round. */
    private static Session medEksempel(Session session, Map<String, List<Lastdata.Eksempel>> eksempler) {
        List<String> kommuner = Lastdata.BRUKERE.get(session.getString("bruker"));
        ThreadLocalRandom tilfeldig = ThreadLocalRandom.current();
        List<Lastdata.Eksempel> i = eksempler.get(kommuner.get(tilfeldig.nextInt(kommuner.size())));
        Lastdata.Eksempel e = i.get(tilfeldig.nextInt(i.size()));
        return session.set("person", e.person()).set("ordning", e.ordning()).set("navn", e.navn());
    }
}
