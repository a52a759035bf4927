package no.nir.datakilde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nir.test.Vent;
import no.nir.test.Testdatabase;
import no.nir.test.drift.Wildfly;
import no.nir.test.http.Hendelser;
import no.nir.test.http.HttpOkt;
import org.junit.jupiter.api.Test;

/**
 * The initial load survives a killed server: a WildFly of its own (the test server cannot be
 * killed under Arquillian) loads a file through the operators' page, is killed with SIGKILL in the
 * middle, starts again, and the operator restarts the run on the page. It goes on from its last
 * checkpoint: every line is applied once, none twice, and the page shows the run completed.
 */
class InnlastingEtterOmstartIT {

    /** Beside the test server's ports (offset 1000 in CI, the developer's own offset otherwise). */
    private static final int OFFSET = Integer.getInteger("nir.test.port.offset", 1000) + 40;
    private static final int PERSONER = 3000;
    private static final String PREFIKS = "7" + String.format("%05d", System.currentTimeMillis() % 100_000);
    private static final String FIL = "personer-" + PREFIKS + ".jsonl";
    private static final Pattern KJORING = Pattern.compile("kjøring (\\d+)\\)");

    @Test
    void hverLinjeLastesEnGangOgsaaNaarTjenerenDrepesUnderveis() throws Exception {
        try (Testdatabase db = Testdatabase.migrert("nir_innlasting");
             Wildfly tjener = Wildfly.legg("innlasting", "standalone.xml", OFFSET, Map.of(
                     "nir.postgresql.jar", System.getProperty("nir.driver"),
                     "nir.db.url", db.url(), "nir.db.user", "postgres", "nir.db.password", "postgres"),
                     "datasource.cli", "monitoring.cli", "security.cli", "messaging.cli", "batch-timere.cli",
                     "demo-brukere.sh").start(true)) {
            long mottak = Hendelser.mottakId(tjener.http("/"), "4204");
            Hendelser.innlastingsfil(tjener.http("/"), FIL, linjer(mottak));

            HttpOkt drift = HttpOkt.loggInn(tjener.http("/nir/").toURL(), "drift");
            drift.get("drift/datakilder.xhtml");
            String startet = drift.post(Map.of("innlastingskjema", "innlastingskjema", "innlastingskjema:fil", FIL,
                    "innlastingskjema:start", "Start innlasting")).body();
            Matcher kjoring = KJORING.matcher(startet);
            assertTrue(kjoring.find(), "the page says the run started");

            long forDrap = Vent.paa("de første linjene lastet", Duration.ofMinutes(3),
                    () -> Optional.of(antall(db, "select count(*) from faktaendring")).filter(n -> n >= 800));
            tjener.drep();
            long etterDrap = antall(db, "select count(*) from faktaendring");
            assertTrue(etterDrap < 2L * PERSONER, "killed in the middle (" + etterDrap + " lines in; raise PERSONER)");
            System.out.printf("Innlasting: %d of %d lines committed when the server was killed (%d seen before)%n",
                    etterDrap, 2 * PERSONER, forDrap);

            tjener.start(true);
            HttpOkt igjen = HttpOkt.loggInn(tjener.http("/nir/").toURL(), "drift");
            String side = igjen.get("drift/datakilder.xhtml").body();
            assertTrue(side.contains("id=\"kjoring-" + kjoring.group(1) + "\""), "the killed run is on the page");
            igjen.post(Map.of("innlastingskjema", "innlastingskjema", "innlastingskjema:fil", FIL,
                    "innlastingskjema:kjoringer:0:startpaanytt", "Start på nytt"));

            String ferdig = Vent.paa("innlastingen fullført", Duration.ofMinutes(5), () -> Optional.of(
                    igjen.get("drift/datakilder.xhtml").body()).filter(s -> s.contains("<td class=\"status\">Fullført</td>")));
            assertEquals(PERSONER, antall(db, "select count(*) from person where duf_nummer like '" + PREFIKS + "%'"));
            assertEquals(2L * PERSONER, antall(db, "select count(*) from faktaendring where hendelse_id like 'last-"
                    + PREFIKS + "-%' and anvendt"), "every line applied");
            assertEquals(PERSONER, antall(db, "select count(*) from kategori k join person p on p.id = k.person_id"
                    + " where p.duf_nummer like '" + PREFIKS + "%' and k.type = 'KVALIFISERING_I_MOTTAK'"));
            // The restarted run went on from the checkpoint: it met no line already applied.
            assertTrue(ferdig.contains("<td class=\"feilet\">0</td>"), "no failed lines");
            assertEquals(0, duplikater(ferdig), "no line read twice");
        }
    }

    /** Each person: registered in the mottak, then the permit. */
    private static List<String> linjer(long mottak) {
        List<String> linjer = new ArrayList<>();
        for (int i = 0; i < PERSONER; i++) {
            String duf = PREFIKS + String.format("%06d", i);
            linjer.add(Hendelser.nyPersonIMottak("last-" + PREFIKS + "-" + i + "-a", Hendelser.tidspunkt(60), duf,
                    "Nora", "Last" + i, LocalDate.of(1990, 1, 1).plusDays(i % 3000), mottak));
            linjer.add(Hendelser.tillatelse("last-" + PREFIKS + "-" + i + "-b", Hendelser.tidspunkt(30), duf,
                    LocalDate.of(2025, 3, 1)));
        }
        return linjer;
    }

    /** The duplicates column of the newest run (row 0) on the page. */
    private static int duplikater(String side) {
        Matcher rad = Pattern.compile("<tr class=\"innlasting\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(side);
        assertTrue(rad.find(), "a run on the page");
        List<String> celler = new ArrayList<>();
        Matcher celle = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(rad.group(1));
        while (celle.find()) {
            celler.add(celle.group(1).trim());
        }
        return Integer.parseInt(celler.get(9));
    }

    private static long antall(Testdatabase db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), "postgres", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
