package no.nir.test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A plain HTTP client with its own session cookie, logging in through the FORM login as a browser would. */
public final class HttpKlient {

    private final HttpClient klient = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final String base;

    public HttpKlient(URL base) {
        String url = base.toString();
        this.base = url.endsWith("/") ? url : url + "/";
    }

    /** Logs in; true when the server accepted the user name and password. */
    public boolean loggInn(String bruker, String passord) throws IOException, InterruptedException {
        get("arbeidsflate.xhtml");
        String skjema = "j_username=" + URLEncoder.encode(bruker, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(passord, StandardCharsets.UTF_8);
        HttpResponse<String> svar = klient.send(HttpRequest.newBuilder(URI.create(base + "j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(skjema)).build(),
                HttpResponse.BodyHandlers.ofString());
        return !svar.body().contains("j_security_check");
    }

    /** A path below the application's context root. */
    public HttpResponse<String> get(String sti) throws IOException, InterruptedException {
        return klient.send(HttpRequest.newBuilder(URI.create(base + sti)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
