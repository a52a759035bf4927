package no.nir.test.http;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One logged-in user as a browser would be, without a browser: cookies, FORM login, the Faces view
 * state of the last page, full and AJAX postbacks as PrimeFaces sends them. For tests that send many
 * requests, where a real browser would be too slow.
 */
public final class HttpOkt {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"|<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");

    private final HttpClient klient;
    private final String base;
    private String side;
    private String viewState;

    private HttpOkt(URL base) {
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
        this.klient = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** A session without a login. */
    public static HttpOkt uinnlogget(URL base) {
        return new HttpOkt(base);
    }

    /** A session logged in through the login form, as the demo user with the demo password. */
    public static HttpOkt loggInn(URL base, String bruker) throws IOException, InterruptedException {
        HttpOkt okt = new HttpOkt(base);
        if (!okt.loggInn(bruker, "passord")) {
            throw new IllegalStateException("Innlogging feilet for " + bruker);
        }
        return okt;
    }

    /**
     * Opens a page, logs in and follows the redirect to that page, as a browser does (the session's
     * first request as the user, where the application marks whose session it is); true when the
     * server accepted the login.
     */
    public boolean loggInn(String bruker, String passord) throws IOException, InterruptedException {
        get("arbeidsflate.xhtml");
        HttpResponse<String> svar = loggInnMed(bruker, passord);
        if (svar.statusCode() != 302) {
            return false;
        }
        folg(svar);
        return true;
    }

    /** Posts the login form; the answer as it comes (302 when accepted). */
    public HttpResponse<String> loggInnMed(String bruker, String passord) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(skjema(Map.of("j_username", bruker, "j_password", passord)))));
    }

    /**
     * GET of a path below the context root, query string as given (already encoded). Remembers the
     * page and its view state for postbacks.
     */
    public HttpResponse<String> get(String sti) throws IOException, InterruptedException {
        HttpResponse<String> svar = send(HttpRequest.newBuilder(uri(sti)).GET());
        if (svar.statusCode() == 200) {
            side = sti;
            husk(svar.body());
        }
        return svar;
    }

    /** GET that follows the server's redirects, to the page a browser would end up on. */
    public HttpResponse<String> getMedOmdirigering(String sti) throws IOException, InterruptedException {
        HttpResponse<String> svar = get(sti);
        for (int i = 0; i < 5 && svar.statusCode() / 100 == 3; i++) {
            svar = folg(svar);
        }
        return svar;
    }

    /** A full (non-AJAX) postback of the last page's form; the view state is added. */
    public HttpResponse<String> post(Map<String, String> felter) throws IOException, InterruptedException {
        Map<String, String> alle = new LinkedHashMap<>(felter);
        alle.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> svar = send(HttpRequest.newBuilder(uri(side))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(skjema(alle))));
        husk(svar.body());
        return svar;
    }

    /**
     * An AJAX postback of the last page as PrimeFaces sends it: the source component, what it
     * processes, and the form fields; an event name for a p:ajax behaviour, else null (an action).
     */
    public HttpResponse<String> ajax(String kilde, String prosesser, String hendelse, Map<String, String> felter)
            throws IOException, InterruptedException {
        return ajax(kilde, prosesser, prosesser, hendelse, felter);
    }

    /** As {@link #ajax(String, String, String, Map)}, with what the answer updates given apart. */
    public HttpResponse<String> ajax(String kilde, String prosesser, String oppdater, String hendelse,
                                     Map<String, String> felter) throws IOException, InterruptedException {
        Map<String, String> alle = new LinkedHashMap<>();
        alle.put("jakarta.faces.partial.ajax", "true");
        alle.put("jakarta.faces.source", kilde);
        alle.put("jakarta.faces.partial.execute", prosesser);
        alle.put("jakarta.faces.partial.render", oppdater);
        if (hendelse == null) {
            alle.put(kilde, kilde);
        } else {
            alle.put("jakarta.faces.behavior.event", hendelse);
            alle.put("jakarta.faces.partial.event", hendelse);
        }
        alle.putAll(felter);
        alle.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> svar = send(HttpRequest.newBuilder(uri(side.replaceAll("\\?.*", "")))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Referer", base + side)
                .POST(HttpRequest.BodyPublishers.ofString(skjema(alle))));
        husk(svar.body());
        return svar;
    }

    public static String kodet(String verdi) {
        return URLEncoder.encode(verdi, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder foresporsel) throws IOException, InterruptedException {
        return klient.send(foresporsel.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET of where a redirect points. */
    private HttpResponse<String> folg(HttpResponse<String> omdirigering) throws IOException, InterruptedException {
        String til = omdirigering.headers().firstValue("Location").orElseThrow();
        return send(HttpRequest.newBuilder(omdirigering.uri().resolve(til)).GET());
    }

    private URI uri(String sti) {
        return URI.create(base + sti);
    }

    private void husk(String body) {
        Matcher m = VIEW_STATE.matcher(body);
        if (m.find()) {
            viewState = m.group(1) != null ? m.group(1) : m.group(2);
        }
    }

    private static String skjema(Map<String, String> felter) {
        return felter.entrySet().stream().map(e -> kodet(e.getKey()) + "=" + kodet(e.getValue()))
                .collect(Collectors.joining("&"));
    }
}
