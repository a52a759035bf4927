package no.nir.last;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import no.nir.test.Tidtaking;
import org.postgresql.PGConnection;

/**
 * The table at HTTP level: each page as a logged-in user's browser asks for it (the login
 * is not timed), median of 7 after 3 warm-up calls, against the server of {@link Lastdata#baseUrl()}.
 * The CSV download is set beside a COPY of the same rows in PostgreSQL. Run by {@code mvn -Pload}.
 */
public final class HttpTider {

    private static final int GANGER = 7;
    /** The same list as a download. */
    private static final String CSV = "/personliste.csv" + Lastdata.LISTE.substring(Lastdata.LISTE.indexOf('?'));
    /** The CSV's columns and rows, as COPY writes them: the same lines, without the formatting. */
    private static final String COPY = "copy (select duf_nummer, fornavn, etternavn, kategori_type, fra_dato, type,"
            + " frist, status from personlinje where kategori_type = 'KVALIFISERING_I_MOTTAK'"
            + " and oppfolgingskommune_nummer in (%s) order by id) to stdout with (format csv, delimiter ';')";

    private HttpTider() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, List<Lastdata.Eksempel>> eksempler = Lastdata.eksempler(1);
        Lastdata.Eksempel kristiansand = eksempler.get("4204").get(0);
        Nettleser les = Nettleser.innlogget("les");
        Nettleser imdi = Nettleser.innlogget("imdi");
        Nettleser region = Nettleser.innlogget("region");
        Nettleser gamleoslo = Nettleser.innlogget("gamleoslo");

        skriv("Arbeidsflate (les)", les, "/arbeidsflate.xhtml");
        skriv("Arbeidsflate (imdi)", imdi, "/arbeidsflate.xhtml");
        skriv("Personliste første side, Kvalifisering i mottak, Kristiansand (les)", les, Lastdata.LISTE);
        skriv("Samme, nasjonalt (imdi)", imdi, Lastdata.LISTE);
        skriv("Samme, region Kristiansand og Bergen (region)", region, Lastdata.LISTE);
        skriv("Samme, bydel Gamle Oslo (gamleoslo)", gamleoslo, Lastdata.LISTE);
        skriv("Samme, modus Tiltak, uten registrerte tiltak (les)", les,
                "/personliste.xhtml?lovverk=INTEGRERINGSLOVEN&modus=TILTAK&tiltak=UTEN");
        skriv("Side 200 av Kristiansand-listen (les)", les, Lastdata.LISTE + "&side=200");
        skriv("Side 200 av Kristiansand-listen sortert på navn synkende (les)", les, Lastdata.LISTE + "&side=200&sorter=navn-desc");
        skriv("Side 200 nasjonalt sortert på frist synkende (imdi)", imdi, Lastdata.LISTE + "&side=200&sorter=frist-desc");
        skriv("DUF-søk (les)", les, "/personsok.xhtml?q=" + kristiansand.duf());
        skriv("Navnesøk (les)", les, "/personsok.xhtml?q=" + URLEncoder.encode(kristiansand.navn(), StandardCharsets.UTF_8));
        skriv("Grunndata (les)", les, "/person/grunndata.xhtml?id=" + kristiansand.person());
        skriv("Ordningsside med tiltak (les)", les,
                "/person/ordning.xhtml?id=" + kristiansand.person() + "&ordning=" + kristiansand.ordning());
        csv("Kristiansand-listen (les)", les, "'4204'");
        csv("regionlisten Kristiansand og Bergen (region)", region, "'4204', '4601'");
    }

    private static void csv(String hva, Nettleser nettleser, String kommuner) throws Exception {
        long[] linjer = new long[1];
        double csv = median(() -> linjer[0] = nettleser.linjer(CSV));
        double copy = median(() -> copy(kommuner));
        System.out.printf("HTTP CSV av %s, %d linjer: median %.0f ms av %d;"
                + " COPY av de samme radene i PostgreSQL: %.0f ms (%.1f×)%n", hva, linjer[0], csv, GANGER, copy, csv / copy);
    }

    private static double median(Callable<?> kall) throws Exception {
        return Tidtaking.av(GANGER, kall).medianMs();
    }

    private static void skriv(String hva, Nettleser nettleser, String sti) throws Exception {
        System.out.printf("HTTP %s: median %.0f ms av %d%n", hva, median(() -> nettleser.side(sti)), GANGER);
    }

    private static long copy(String kommuner) throws SQLException, IOException {
        try (Connection c = Lastdata.koble()) {
            return c.unwrap(PGConnection.class).getCopyAPI().copyOut(String.format(COPY, kommuner),
                    OutputStream.nullOutputStream());
        }
    }

    /** One logged-in session: its own cookies, FORM login done once. */
    record Nettleser(HttpClient klient) {

        static Nettleser innlogget(String bruker) throws IOException, InterruptedException {
            HttpClient klient = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            Nettleser nettleser = new Nettleser(klient);
            nettleser.side("/arbeidsflate.xhtml");
            String skjema = "j_username=" + bruker + "&j_password=" + Lastdata.PASSORD;
            HttpResponse<String> svar = klient.send(HttpRequest.newBuilder(URI.create(Lastdata.baseUrl() + "/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(skjema)).build(), HttpResponse.BodyHandlers.ofString());
            if (svar.statusCode() != 200 || svar.body().contains("j_security_check")) {
                throw new IllegalStateException("Innlogging som " + bruker + " feilet: " + svar.statusCode());
            }
            return nettleser;
        }

        /** The whole page; a login form or an error page instead of it is a failure. */
        String side(String sti) throws IOException, InterruptedException {
            HttpResponse<String> svar = klient.send(HttpRequest.newBuilder(URI.create(Lastdata.baseUrl() + sti)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (svar.statusCode() != 200 || svar.body().contains("id=\"feilside\"")) {
                throw new IllegalStateException(sti + " svarte " + svar.statusCode());
            }
            return svar.body();
        }

        /** Reads the whole download, counting its lines, without holding it. */
        long linjer(String sti) throws IOException, InterruptedException {
            HttpResponse<InputStream> svar = klient.send(HttpRequest.newBuilder(URI.create(Lastdata.baseUrl() + sti)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long linjer = 0;
            try (InputStream inn = svar.body()) {
                byte[] buffer = new byte[1 << 16];
                for (int n = inn.read(buffer); n >= 0; n = inn.read(buffer)) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            linjer++;
                        }
                    }
                }
            }
            if (svar.statusCode() != 200) {
                throw new IllegalStateException(sti + " svarte " + svar.statusCode());
            }
            return linjer;
        }
    }
}
