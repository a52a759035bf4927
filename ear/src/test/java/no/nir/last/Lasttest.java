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
import java.util.stream.Stream;

/**
 * 50 sessions, each logged in once as one of the demo users, run the mix of the issue (list first
 * page, list page 3, Arbeidsflate, Grunndata, ordning page, name search) for a fixed time against
 * the server of {@link Lastdata#baseUrl()}. The logins are not counted. Subclasses choose the think time.
 */
abstract class Lasttest extends Simulation {

    static final int SESJONER = Integer.getInteger("nir.last.sesjoner", 50);
    static final Duration VARIGHET = Duration.ofSeconds(Integer.getInteger("nir.last.sekunder", 60));

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

        ChainBuilder mix = exec(session -> medEksempel(session, eksempler));
        for (Map.Entry<String, String> side : Lastdata.runde("#{person}", "#{ordning}", "#{navn}").entrySet()) {
            mix = mix.exec(side(side.getKey(), side.getValue())).pause(minsteTenketid, lengsteTenketid);
        }

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
        Lastdata.Eksempel e = Lastdata.tilfeldig(eksempler, session.getString("bruker"));
        return session.set("person", e.person()).set("ordning", e.ordning()).set("navn", e.navn());
    }
}
