package no.nir.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.nir.test.Testdata;
import no.nir.test.Vent;
import no.nir.test.http.Hendelser;
import no.nir.test.http.Klienttest;
import org.junit.jupiter.api.Test;

/**
 * Person events applied per second, and the lag from send to apply, at a steady offered rate
 * ({@code mvn -B verify -Pbenchmark}, or alone with -Dnir.it.includes=**&#47;PersonhendelseBenchmark.java).
 *
 * <p>First, not measured, {@code rate × seconds / 4} persons are registered (NY_PERSON, then the
 * permit). Then for {@code nir.benchmark.sekunder} seconds (60) events are sent at
 * {@code nir.benchmark.rate} per second (600), a tenth of a second's worth at a time, in a mix where
 * each event is about a different person: a new person in a mottak, a name change, a move to another
 * mottak, a bosetting (which closes Kvalifisering i mottak and gives the settled kategorier). Sent
 * as an application in the server sends (java:/JmsXA, the test WAR), each burst in one JMS
 * transaction. The lag of an event is from its send's commit to the moment its history row was
 * written, the last statement of its transaction.
 */
class PersonhendelseBenchmark extends Klienttest {

    private static final int RATE = Integer.getInteger("nir.benchmark.rate", 600);
    private static final int SEKUNDER = Integer.getInteger("nir.benchmark.sekunder", 60);
    private static final String JDBC = System.getProperty("nir.test.jdbc.url");

    @Test
    void hendelserPerSekundOgForsinkelse() throws Exception {
        String kjoring = "bm" + Long.toString(System.currentTimeMillis(), 36);
        long[] mottak = {Hendelser.mottakId("4204"), Hendelser.mottakId("4601"), Hendelser.mottakId("0301")};
        int personer = Math.max(1, RATE * SEKUNDER / 4);
        List<String> duf = new ArrayList<>();
        List<String> registreringer = new ArrayList<>();
        List<String> tillatelser = new ArrayList<>();
        for (int i = 0; i < personer; i++) {
            String d = Testdata.nyttDufNummer();
            duf.add(d);
            registreringer.add(Hendelser.nyPersonIMottak(kjoring + "-o" + i, Hendelser.tidspunkt(120), d, "Bente",
                    "Benk" + i, LocalDate.of(1985, 1, 1).plusDays(i % 5000), mottak[i % 3]));
            tillatelser.add(Hendelser.tillatelse(kjoring + "-t" + i, Hendelser.tidspunkt(110), d, LocalDate.now().minusMonths(2)));
        }
        // The permits only once their persons are in: behind a long queue they would outwait their retries.
        oppsett(registreringer, kjoring + "-o%");
        oppsett(tillatelser, kjoring + "-t%");

        int perPuff = Math.max(1, RATE / 10);
        Map<String, Long> sendt = new HashMap<>();
        long start = System.nanoTime();
        int nr = 0;
        for (int puff = 0; puff < SEKUNDER * 10; puff++) {
            List<String> hendelser = new ArrayList<>();
            List<String> ider = new ArrayList<>();
            for (int j = 0; j < perPuff; j++, nr++) {
                String id = kjoring + "-m" + nr;
                String d = duf.get(nr / 4 % personer);
                hendelser.add(switch (nr % 4) {
                    case 0 -> Hendelser.nyPersonIMottak(id, Hendelser.tidspunkt(1), Testdata.nyttDufNummer(), "Nils",
                            "Ny" + nr, LocalDate.of(1992, 2, 2), mottak[nr % 3]);
                    case 1 -> Hendelser.navnEndret(id, Hendelser.tidspunkt(1), d, "Bente", "Endret" + nr);
                    case 2 -> Hendelser.flyttetInn(id, Hendelser.tidspunkt(1), d, mottak[(nr + 1) % 3], LocalDate.now());
                    default -> Hendelser.bosatt(id, Hendelser.tidspunkt(1), d, "4204", LocalDate.now());
                });
                ider.add(id);
            }
            long[] tider = Hendelser.send(null, hendelser);
            for (int j = 0; j < ider.size(); j++) {
                sendt.put(ider.get(j), tider[j]);
            }
            long vent = (puff + 1) * 100_000_000L - (System.nanoTime() - start);
            if (vent > 0) {
                Thread.sleep(vent / 1_000_000);
            }
        }
        double sendeSekunder = (System.nanoTime() - start) / 1e9;
        int totalt = nr;
        Vent.paa("alle hendelsene", Duration.ofMinutes(30), () -> Optional.of(antall(kjoring + "-m%")).filter(n -> n == totalt));

        Map<String, Long> brukt = registrert(kjoring + "-m%");
        assertEquals(sendt.keySet(), brukt.keySet());
        long[] forsinkelse = sendt.entrySet().stream().mapToLong(e -> brukt.get(e.getKey()) - e.getValue()).sorted().toArray();
        long forste = sendt.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        long siste = brukt.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        double perSekund = totalt / ((siste - forste) / 1000.0);
        System.out.printf("BENCHMARK Personhendelser: %d hendelser tilbudt med %d/s i %.0f s (%.0f/s sendt);"
                        + " brukt %.0f/s (første sendt til siste brukt %.1f s); forsinkelse sendt→brukt p50 %d ms,"
                        + " p95 %d ms, maks %d ms (mål: ≥ 500/s)%n",
                totalt, RATE, sendeSekunder, totalt / sendeSekunder, perSekund, (siste - forste) / 1000.0,
                persentil(forsinkelse, 50), persentil(forsinkelse, 95), forsinkelse[forsinkelse.length - 1]);
    }

    private static void oppsett(List<String> hendelser, String monster) throws Exception {
        for (int i = 0; i < hendelser.size(); i += 2000) {
            Hendelser.send(null, hendelser.subList(i, Math.min(hendelser.size(), i + 2000)));
        }
        Vent.paa("oppsettet " + monster, Duration.ofMinutes(30),
                () -> Optional.of(antall(monster)).filter(n -> n == hendelser.size()));
    }

    private static long persentil(long[] sortert, int p) {
        return sortert[Math.min(sortert.length - 1, (int) Math.ceil(p / 100.0 * sortert.length) - 1)];
    }

    private static long antall(String monster) throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC, "postgres", "");
             PreparedStatement s = c.prepareStatement("select count(*) from faktaendring where hendelse_id like ?")) {
            s.setString(1, monster);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Map<String, Long> registrert(String monster) throws Exception {
        Map<String, Long> tider = new HashMap<>();
        try (Connection c = DriverManager.getConnection(JDBC, "postgres", "");
             PreparedStatement s = c.prepareStatement("select hendelse_id, registrert from faktaendring where hendelse_id like ?")) {
            s.setString(1, monster);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tider.put(rs.getString(1), rs.getTimestamp(2).getTime());
                }
            }
        }
        return tider;
    }
}
