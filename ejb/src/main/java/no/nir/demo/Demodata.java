package no.nir.demo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.nir.kalender.Norsktid;
import no.nir.plattform.migrering.Migreringsoppsett;
import no.nir.tiltak.Rapportgrunnlag;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a migrated NIR database with deterministic demo data: mottak, persons, their kategorier and
 * ordninger (from {@link no.nir.ordning.Beregning}), kompetanse and tiltak.
 *
 * <pre>
 * Demodata --jdbc URL [--bruker postgres] [--passord ""] [--personer 2000] [--idag yyyy-MM-dd]
 *          [--seed 2026] [--tillegg] [--migrer]
 * </pre>
 *
 * <p>A command-line tool in the ejb module's main code (it ships in the EAR but nothing there calls
 * it; the JDBC driver and Flyway come from the module's provided dependencies). From the top directory:
 * <pre>
 * mvn -B -q -pl ejb compile exec:java -Dexec.args="--jdbc jdbc:postgresql://127.0.0.1:5432/nir --personer 2000"
 * </pre>
 *
 * <p>Dates: permits and bosetting fall between 01.01.2019 and {@code --idag} (default: today in Norway), so
 * the data always looks current; kategorier are computed as of that day. With the same {@code --idag},
 * {@code --seed} and an empty database the result is the same every time.
 *
 * <p>Ids come from the tables' sequences in blocks of 50, exactly as EclipseLink takes them, so the
 * application can add rows later without collisions. Rows go in with COPY in rounds of
 * {@value #PERSONER_PER_RUNDE} persons, one transaction each, loaded on two connections while the
 * next round is made; memory use does not grow with the number of persons. A failed run leaves the
 * rounds loaded before the failure.
 *
 * <p>Refuses a database that already has persons, unless {@code --tillegg} is given.
 */
public final class Demodata {

    static final int PERSONER_PER_RUNDE = 10_000;

    private Demodata() {
    }

    public static void main(String[] args) {
        try {
            Resultat resultat = kjor(args);
            System.out.println(resultat);
        } catch (AvvistException | IllegalArgumentException e) {
            System.err.println("Demodata: " + e.getMessage());
            System.exit(1);
        } catch (SQLException | IOException e) {
            System.err.println("Demodata feilet: " + e);
            e.printStackTrace();
            System.exit(2);
        }
    }

    /** Runs the generator; the database must be migrated already, or --migrer given. */
    public static Resultat kjor(String... args) throws SQLException, IOException {
        Innstillinger innstillinger = Innstillinger.les(args);
        if (innstillinger.migrer()) {
            Migreringsoppsett.flyway(Demodata.class.getClassLoader())
                    .dataSource(innstillinger.jdbc(), innstillinger.bruker(), innstillinger.passord())
                    .load()
                    .migrate();
        }
        long start = System.nanoTime();
        try (Connection connection = innstillinger.koble()) {
            long personerFra = tell(connection, "person");
            if (personerFra > 0 && !innstillinger.tillegg()) {
                throw new AvvistException("databasen har allerede " + personerFra
                        + " personer; bruk --tillegg for å legge til flere");
            }
            connection.setAutoCommit(false);
            Referansedata referanse = Referansedata.les(connection, innstillinger.idag());
            Set<Long> brukteFodselsnummer = brukteFodselsnummer(connection);
            connection.commit();
            Persongenerator generator = new Persongenerator(connection, referanse, brukteFodselsnummer,
                    innstillinger.idag(), innstillinger.seed());
            try (Skrivere skrivere = new Skrivere(innstillinger)) {
                for (int lagd = 0; lagd < innstillinger.personer(); lagd += PERSONER_PER_RUNDE) {
                    int antall = Math.min(PERSONER_PER_RUNDE, innstillinger.personer() - lagd);
                    for (int i = 0; i < antall; i++) {
                        generator.nyPerson();
                    }
                    skrivere.skriv(generator.ta());
                }
                skrivere.vent();
            }
            // Statistics for the planner now, not when autovacuum gets to it.
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze " + String.join(", ", generator.antall().keySet()));
            }
            // The rows went in by COPY, past the services that keep the report's figures.
            Rapportgrunnlag.byggPaaNytt(connection);
            connection.commit();
            return new Resultat(generator.antall(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * Loads finished rounds on their own connections while the next round is being made. A round
     * refers only to its own rows and to reference data, so rounds can load side by side; each
     * round is one transaction. Ids are taken while generating, so the result does not depend on
     * which round loads first.
     */
    private static final class Skrivere implements AutoCloseable {

        private static final int TRADER = 2;
        /** Rounds made but not yet loaded; bounds the memory use. */
        private static final int VENTENDE = 3;

        private final ExecutorService tradpool = Executors.newFixedThreadPool(TRADER);
        private final Deque<Future<?>> ventende = new ArrayDeque<>();
        private final Innstillinger innstillinger;

        Skrivere(Innstillinger innstillinger) {
            this.innstillinger = innstillinger;
        }

        void skriv(List<Tabell.Copy> runde) throws SQLException, IOException {
            if (ventende.size() >= VENTENDE) {
                vent(ventende.removeFirst());
            }
            ventende.add(tradpool.submit(() -> {
                try (Connection connection = innstillinger.koble()) {
                    connection.setAutoCommit(false);
                    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                    for (Tabell.Copy tabell : runde) {
                        tabell.send(copy);
                    }
                    connection.commit();
                }
                return null;
            }));
        }

        void vent() throws SQLException, IOException {
            while (!ventende.isEmpty()) {
                vent(ventende.removeFirst());
            }
        }

        private static void vent(Future<?> runde) throws SQLException, IOException {
            try {
                runde.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Avbrutt", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            tradpool.shutdownNow();
        }
    }

    private static long tell(Connection connection, String tabell) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + tabell)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Existing numbers, so an added run (--tillegg) never repeats one. */
    private static Set<Long> brukteFodselsnummer(Connection connection) throws SQLException {
        Set<Long> brukte = new HashSet<>();
        try (PreparedStatement s = connection.prepareStatement(
                "select fodselsnummer from person where fodselsnummer is not null");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                brukte.add(Long.parseLong(rs.getString(1)));
            }
        }
        return brukte;
    }

    /** The command line. */
    record Innstillinger(String jdbc, String bruker, String passord, int personer, LocalDate idag, long seed,
                         boolean tillegg, boolean migrer) {

        static Innstillinger les(String... args) {
            Map<String, String> verdier = new LinkedHashMap<>();
            boolean tillegg = false;
            boolean migrer = false;
            for (int i = 0; i < args.length; i++) {
                String navn = args[i];
                if (navn.equals("--tillegg")) {
                    tillegg = true;
                } else if (navn.equals("--migrer")) {
                    migrer = true;
                } else if (List.of("--jdbc", "--bruker", "--passord", "--personer", "--idag", "--seed")
                        .contains(navn) && i + 1 < args.length) {
                    verdier.put(navn, args[++i]);
                } else {
                    throw new IllegalArgumentException("ukjent eller ufullstendig argument: " + navn);
                }
            }
            String jdbc = verdier.get("--jdbc");
            if (jdbc == null) {
                throw new IllegalArgumentException("--jdbc mangler");
            }
            int personer = Integer.parseInt(verdier.getOrDefault("--personer", "2000"));
            if (personer < 0) {
                throw new IllegalArgumentException("--personer kan ikke være negativ");
            }
            LocalDate idag = verdier.containsKey("--idag") ? LocalDate.parse(verdier.get("--idag")) : LocalDate.now(Norsktid.SONE);
            return new Innstillinger(jdbc, verdier.getOrDefault("--bruker", "postgres"),
                    verdier.getOrDefault("--passord", ""), personer, idag,
                    Long.parseLong(verdier.getOrDefault("--seed", "2026")), tillegg, migrer);
        }

        Connection koble() throws SQLException {
            return DriverManager.getConnection(jdbc, bruker, passord);
        }
    }

    /** Rows written per table, in the order the tables were filled. */
    public record Resultat(Map<String, Long> antall, Duration tid) {

        public long antall(String tabell) {
            return antall.getOrDefault(tabell, 0L);
        }

        @Override
        public String toString() {
            List<String> linjer = new ArrayList<>();
            antall.forEach((tabell, n) -> linjer.add(String.format("  %-22s %,12d", tabell, n)));
            return "Demodata lagt inn:\n" + String.join("\n", linjer)
                    + String.format("%nTid: %.1f s", tid.toMillis() / 1000.0);
        }
    }

    /** The database is not in a state the generator may write to. */
    public static final class AvvistException extends RuntimeException {
        AvvistException(String melding) {
            super(melding);
        }
    }
}
