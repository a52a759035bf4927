package no.nir.test.drift;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A caseworker's session without a browser: FORM login with a cookie jar, then plain GETs. */
public final class Innlogging {

    private final HttpClient klient;
    private final String base;

    private Innlogging(HttpClient klient, String base) {
        this.klient = klient;
        this.base = base;
    }

    /** Logs in at BASE (ending in /nir/) as the user with password "passord". */
    public static Innlogging som(String base, String bruker) throws IOException, InterruptedException {
        HttpClient klient = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(2)).build();
        Innlogging innlogging = new Innlogging(klient, base);
        innlogging.hent("arbeidsflate.xhtml");
        String skjema = "j_username=" + URLEncoder.encode(bruker, StandardCharsets.UTF_8) + "&j_password=passord";
        HttpResponse<String> svar = klient.send(HttpRequest.newBuilder(URI.create(base + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(skjema)).build(), HttpResponse.BodyHandlers.ofString());
        if (svar.statusCode() != 200 || svar.body().contains("j_security_check")) {
            throw new IllegalStateException("Login as " + bruker + " failed: " + svar.statusCode());
        }
        return innlogging;
    }

    /** GET of a page below the context root; the body, or null when the server did not answer 200. */
    public String hent(String sti) {
        try {
            HttpResponse<String> svar = klient.send(HttpRequest.newBuilder(URI.create(base + sti))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return svar.statusCode() == 200 ? svar.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
