package no.nir.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import no.nir.test.http.Klienttest;
import org.junit.jupiter.api.Test;

/**
 * What an operator's probes and Prometheus read on the management interface (docker/cli/monitoring.cli).
 * Readiness going DOWN and UP again with the database is shown by DatabaseRestartScenario (-Pdatabase-restart).
 */
class HelseIT extends Klienttest {

    private static final String ADMIN = "http://127.0.0.1:" + System.getProperty("nir.test.management.port");

    @Test
    void liveOgReadyMedDatabasesjekken() throws Exception {
        HttpResponse<String> live = get(ADMIN + "/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("\"status\":\"UP\""), live.body());

        HttpResponse<String> ready = get(ADMIN + "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(Pattern.compile("\"name\":\"nir-database\",\"status\":\"UP\"").matcher(ready.body().replace(" ", "")).find(),
                ready.body());
    }

    @Test
    void prometheusSerForesporslerOgForbindelsespoolen() throws Exception {
        get(base + "login.xhtml");
        HttpResponse<String> metrikker = get(ADMIN + "/metrics");
        assertEquals(200, metrikker.statusCode());
        String tekst = metrikker.body();
        assertTrue(Pattern.compile("(?m)^wildfly_undertow_request_count_total\\{.*deployment=\"nir-mottak.ear\".*\\} [1-9]")
                .matcher(tekst).find(), "request counts of the application");
        assertTrue(Pattern.compile("(?m)^wildfly_undertow_total_request_time[a-z_]*\\{.*deployment=\"nir-mottak.ear\"")
                .matcher(tekst).find(), () -> "request times of the application: " + tekst.lines()
                        .filter(l -> l.startsWith("wildfly_undertow") && l.contains("nir-mottak")).toList());
        assertTrue(Pattern.compile("(?m)^wildfly_datasources_pool_in_use_count\\{.*data_source=\"NirDS\"")
                .matcher(tekst).find(), "pool use of NirDS");
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
