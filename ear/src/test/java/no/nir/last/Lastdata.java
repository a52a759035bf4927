package no.nir.last;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the load test and the HTTP figures ask for: the demo users with their kommuner, and persons
 * with an open ordning in each of those kommuner (read from the large database before the run).
 */
final class Lastdata {

    static final String PASSORD = "passord";
    /** The person list every user opens: Kvalifisering i mottak under integreringsloven. */
    static final String LISTE = "/personliste.xhtml?lovverk=INTEGRERINGSLOVEN&modus=KATEGORI"
            + "&kategori=KVALIFISERING_I_MOTTAK";

    /** The demo users that log in (docker/cli/demo-brukere.sh) and the kommuner each sees; imdi sees all. */
    static final Map<String, List<String>> BRUKERE = new LinkedHashMap<>();

    static {
        BRUKERE.put("les", List.of("4204"));
        BRUKERE.put("skriv", List.of("4204"));
        BRUKERE.put("region", List.of("4204", "4601"));
        BRUKERE.put("oslo", List.of("0301"));
        BRUKERE.put("bergen", List.of("4601"));
        BRUKERE.put("imdi", List.of("4204", "0301", "4601"));
    }

    /** A person to open: the person, one of its open ordninger, its name and DUF-nummer. */
    record Eksempel(long person, long ordning, String navn, String duf) {
    }

    private Lastdata() {
    }

    static String jdbcUrl() {
        return System.getProperty("nir.last.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/nir_perf");
    }

    /** The server on loopback, its HTTP port moved by the profile's port offset. */
    static String baseUrl() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("nir.last.port.offset", 250)) + "/nir";
    }

    /**
     * The pages of one round of the mix, in order (name → path), for the given person, ordning and
     * name search; the load test passes its session expressions, the warm-up real values.
     */
    static Map<String, String> runde(String person, String ordning, String navn) {
        Map<String, String> sider = new LinkedHashMap<>();
        sider.put("Personliste første side", LISTE);
        sider.put("Personliste side 3", LISTE + "&side=3");
        sider.put("Arbeidsflate", "/arbeidsflate.xhtml");
        sider.put("Grunndata", "/person/grunndata.xhtml?id=" + person);
        sider.put("Ordning", "/person/ordning.xhtml?id=" + person + "&ordning=" + ordning);
        sider.put("Navnesøk", "/personsok.xhtml?q=" + navn);
        return sider;
    }

    /** A random person of one of the user's kommuner. */
    static Eksempel tilfeldig(Map<String, List<Eksempel>> eksempler, String bruker) {
        List<String> kommuner = BRUKERE.get(bruker);
        ThreadLocalRandom tilfeldig = ThreadLocalRandom.current();
        List<Eksempel> i = eksempler.get(kommuner.get(tilfeldig.nextInt(kommuner.size())));
        return i.get(tilfeldig.nextInt(i.size()));
    }

    /**
     * A connection as the postgres user. Through the driver class itself, not DriverManager: each
     * exec:java step of the Maven run has its own class loader, and DriverManager hands out only the
     * driver that the first step's loader registered, which the next step cannot see.
     */
    static Connection koble() throws SQLException {
        Properties bruker = new Properties();
        bruker.setProperty("user", "postgres");
        return new org.postgresql.Driver().connect(jdbcUrl(), bruker);
    }

    /** Up to {@code antall} persons per kommune, spread over the kommune's list. */
    static Map<String, List<Eksempel>> eksempler(int antall) {
        Map<String, List<Eksempel>> perKommune = new LinkedHashMap<>();
        try (Connection c = koble()) {
            for (String kommune : Set.copyOf(BRUKERE.values().stream().flatMap(List::stream).toList())) {
                perKommune.put(kommune, eksempler(c, kommune, antall));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Kan ikke lese eksempler fra " + jdbcUrl(), e);
        }
        return perKommune;
    }

    private static List<Eksempel> eksempler(Connection c, String kommune, int antall) throws SQLException {
        List<Eksempel> eksempler = new ArrayList<>();
        // Mottak residents, whose scope kommune is the ordning's: every one is in the users' scope.
        try (PreparedStatement s = c.prepareStatement("select person_id, id, fornavn || ' ' || etternavn, duf_nummer"
                + " from personlinje tablesample system (5) repeatable (10)"
                + " where oppfolgingskommune_nummer = ? and type = 'KVALIFISERING_MOTTAKSBEBOERE' limit ?")) {
            s.setString(1, kommune);
            s.setInt(2, antall);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    eksempler.add(new Eksempel(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4)));
                }
            }
        }
        if (eksempler.isEmpty()) {
            throw new IllegalStateException("Ingen personer i kommune " + kommune + " i " + jdbcUrl());
        }
        return eksempler;
    }
}
