package no.nir.test.nettleser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Persons for the tests that run outside the server (browser, HTTP, API, the operations scenarios),
 * made by {@link no.nir.test.Testdata} in the server: real entities, the real beregning, the report's
 * figures as the application keeps them. This is its thin HTTP client; the server side is
 * {@link no.nir.test.http.TestdataServlet} in the test deployment's WAR /nir-testdata/.
 */
public final class Testpersoner {

    /** The test server of {@code mvn verify} (the Arquillian deployment). */
    private static final URI TESTTJENER = URI.create("http://127.0.0.1:" + System.getProperty("nir.test.http.port", "9080") + "/");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Testpersoner() {
    }

    /** A person made, with the ordning ordered (Kvalifisering for mottaksbeboere unless told). */
    public record Person(long id, String duf, long ordning) {

        /** The DUF-nummer as the pages show it: 2024 123456 78. */
        public String dufVisning() {
            return duf.substring(0, 4) + " " + duf.substring(4, 10) + " " + duf.substring(10);
        }
    }

    /** A resident of a mottak in the kommune, born 1 January 1990, with a permit of 1 February 2021 unless told otherwise. */
    public static Bygger mottaksbeboer(String kommune) {
        return new Bygger(kommune);
    }

    /** One person's order; {@link #lag()} sends it. */
    public static final class Bygger {

        private final List<String> felt = new ArrayList<>();
        private String fornavn = "Nora";
        private String etternavn = "Testperson";
        private LocalDate fodt = LocalDate.of(1990, 1, 1);
        private String land = "Syria";
        private LocalDate tillatelse = LocalDate.of(2021, 2, 1);
        private String ordning = "KVALIFISERING_MOTTAKSBEBOERE";

        private Bygger(String kommune) {
            felt("kommune", kommune);
        }

        public Bygger navn(String nyttFornavn, String nyttEtternavn) {
            fornavn = nyttFornavn;
            etternavn = nyttEtternavn;
            return this;
        }

        /** Aged 18–55 at the permit the beregning also gives Kompetansekartlegging, with frist permit + 3 months. */
        public Bygger fodt(LocalDate dato, String statsborgerskap) {
            fodt = dato;
            land = statsborgerskap;
            return this;
        }

        public Bygger tillatelse(LocalDate dato) {
            tillatelse = dato;
            return this;
        }

        /** Settled in the same kommune that day: out of the mottak, Kvalifisering i mottak closed (INAKTIV). */
        public Bygger bosatt(LocalDate dato) {
            return felt("bosatt", dato.toString());
        }

        /** Settled in a bydel of the same kommune that day: the beregning gives the settled person's kategorier. */
        public Bygger bosatt(LocalDate dato, String bydel) {
            return bosatt(dato).felt("bydel", bydel);
        }

        /** The ordning (OrdningType) that the tiltak and the status go on and that {@link Person#ordning()} names. */
        public Bygger ordning(String type) {
            ordning = type;
            return this;
        }

        /** A self-registered Kompetanse: Arabisk, Sykepleier 4.5 years, a Bachelor, a notat begun. */
        public Bygger medKompetanse() {
            return felt("kompetanse", "true");
        }

        /** The ordning's status, set at the end (FULLFORT for a grey list row). */
        public Bygger status(String ordningStatus) {
            return felt("status", ordningStatus);
        }

        /** A tiltak, registered by skriv, with hours like "12" or "7.5". */
        public Bygger tiltak(String type, LocalDate fra, LocalDate til, String timerPerUke) {
            return felt("tiltak", type + ";" + fra + ";" + til + ";" + timerPerUke);
        }

        /** A tiltak registered and then deleted by skriv. */
        public Bygger slettetTiltak(String type, LocalDate fra, LocalDate til, String timerPerUke) {
            return felt("tiltak", type + ";" + fra + ";" + til + ";" + timerPerUke + ";slettet");
        }

        /** On the test server. */
        public Person lag() {
            return lag(TESTTJENER);
        }

        /** On the server at this root (the scenarios run servers of their own). */
        public Person lag(URI tjener) {
            List<String> alle = new ArrayList<>(felt);
            alle.addAll(List.of(par("fornavn", fornavn), par("etternavn", etternavn), par("fodt", fodt.toString()),
                    par("land", land), par("tillatelse", tillatelse.toString()), par("ordning", ordning)));
            String[] svar = send(HttpRequest.newBuilder(tjener.resolve("/nir-testdata/mottaksbeboer"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(String.join("&", alle)))).split(" ");
            return new Person(Long.parseLong(svar[0]), svar[1], Long.parseLong(svar[2]));
        }

        private Bygger felt(String navn, String verdi) {
            felt.add(par(navn, verdi));
            return this;
        }

        private static String par(String navn, String verdi) {
            return navn + "=" + URLEncoder.encode(verdi, StandardCharsets.UTF_8);
        }
    }

    /** The ordning's tiltak rows, deleted ones too, on the test server. */
    public static int antallTiltak(long ordning) {
        return antallTiltak(TESTTJENER, ordning);
    }

    public static int antallTiltak(URI tjener, long ordning) {
        return Integer.parseInt(send(HttpRequest.newBuilder(tjener.resolve("/nir-testdata/antall-tiltak?ordning=" + ordning))));
    }

    /** One call to the test data WAR; its answer, or a failure with the status when it is not 200. */
    public static String send(HttpRequest.Builder foresporsel) {
        try {
            HttpResponse<String> svar = HTTP.send(foresporsel.build(), HttpResponse.BodyHandlers.ofString());
            if (svar.statusCode() != 200) {
                throw new IllegalStateException("Testdata: " + svar.statusCode() + " " + svar.body());
            }
            return svar.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
