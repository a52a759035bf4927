package no.nir.test.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import no.nir.api.klient.ApiClient;
import no.nir.test.Som;

/** The client generated from openapi.yaml, logged in as a demo user by HTTP Basic, against the test server. */
public final class Apiklient {

    private static final String API = "http://127.0.0.1:" + System.getProperty("nir.test.http.port", "8080") + "/nir/api/v1";

    private Apiklient() {
    }

    public static ApiClient som(String bruker) {
        ApiClient klient = new ApiClient();
        klient.updateBaseUri(API);
        klient.setRequestInterceptor(b -> b.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((bruker + ":" + Som.PASSORD).getBytes(StandardCharsets.UTF_8))));
        return klient;
    }
}
