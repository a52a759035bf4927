package no.nir.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import no.nir.test.drift.EgenPostgres;
import no.nir.test.drift.Innlogging;
import no.nir.test.drift.Poller;
import no.nir.test.drift.Wildfly;
import no.nir.test.nettleser.Nettleser;
import no.nir.test.nettleser.Testpersoner;
import no.nir.test.nettleser.TiltakDialog;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The database goes away under a running server (profile database-restart). A PostgreSQL cluster
 * of the scenario's own on port 5439 stands in for the production database, so the shared one is
 * never restarted. Prints what a client polling every 100 ms saw.
 */
class DatabaseRestartScenario {

    private static final int PG_PORT = 5439;
    private static final int OFFSET = 510;

    @Test
    void restartUnderKjoerendeTjenerOgStoppetDatabase() throws Exception {
        try (EgenPostgres pg = EgenPostgres.opprett("nirtest", PG_PORT);
             Wildfly tjener = Wildfly.legg("restart", "standalone.xml", OFFSET, Map.of(
                     "nir.postgresql.jar", System.getProperty("nir.driver"),
                     "nir.db.url", pg.jdbc("nir"), "nir.db.user", "postgres", "nir.db.password", "postgres"),
                     "datasource.cli", "monitoring.cli", "security.cli", "messaging.cli", "batch-timere.cli", "demo-brukere.sh")
                     .start(true)) {
            Testpersoner.Person ider = Testpersoner.mottaksbeboer("4204").navn("Nora", "Omstart").lag(tjener.http("/"));
            String base = tjener.http("/nir/").toString();
            String ordningside = "person/ordning.xhtml?id=" + ider.id() + "&ordning=" + ider.ordning();
            Innlogging saksbehandler = Innlogging.som(base, "les");
            try (Poller side = new Poller("side", () -> {
                        String svar = saksbehandler.hent(ordningside);
                        return svar != null && svar.contains("Omstart");
                    });
                 Poller klar = new Poller("ready", tjener::klar);
                 Nettleser n = Nettleser.start(tjener.http("/nir/").toURL())) {
                n.loggInn("skriv");
                n.gaaTil(ordningside);
                TiltakDialog.aapne(n);
                TiltakDialog.velg(n, "gruppeKode", "Opplæring i norsk og samfunnskunnskap");
                TiltakDialog.velg(n, "typeKode", "Norskopplæring");
                TiltakDialog.fyllInn(n, "06.04.2021", "30.04.2021", "15");

                // 1. pg_ctlcluster restart while the caseworker has typed into the dialog.
                long foer = System.nanoTime();
                pg.restart();
                long restartMs = (System.nanoTime() - foer) / 1_000_000;
                assertTrue(side.ventPaa(System.nanoTime(), true, 120), "the page is served again after the restart");
                long brudd = side.lengsteBruddMs(foer);
                System.out.printf("PostgreSQL restart: pg_ctlcluster restart took %d ms; the polling client (every 100 ms)"
                        + " saw %d of %d requests fail, longest outage %d ms%n",
                        restartMs, side.antallFeil(foer), side.antall(foer), brudd);

                TiltakDialog.lagre(n);
                n.vent(By.id("innlogget"));
                TiltakDialog.maanedsrad(n, "April 2021");
                assertEquals(1, Testpersoner.antallTiltak(tjener.http("/"), ider.ordning()),
                        "the typed tiltak is saved once after the restart");
                n.skjermbilde("database-restart-lagret");

                // 2. The database is gone for a while: readiness DOWN, liveness UP, and UP again by itself.
                long stopp = System.nanoTime();
                pg.stopp();
                assertTrue(klar.ventPaa(stopp, false, 120), "/health/ready goes DOWN");
                long ned = klar.forsteSvarMs(stopp, false);
                assertEquals(200, Wildfly.status(tjener.admin("/health/live")), "/health/live stays UP");
                assertEquals(503, Wildfly.status(tjener.admin("/health/ready")));
                long start = System.nanoTime();
                pg.start();
                long startMs = (System.nanoTime() - start) / 1_000_000;
                assertTrue(klar.ventPaa(start, true, 120), "/health/ready comes UP again by itself");
                long opp = klar.forsteSvarMs(start, true);
                System.out.printf("Readiness: DOWN %d ms after pg_ctlcluster stop; UP %d ms after pg_ctlcluster start was"
                        + " called (start itself took %d ms)%n", ned, opp, startMs);
                assertTrue(side.ventPaa(System.nanoTime(), true, 120), "the page is served again");
                n.gaaTil(ordningside);
                n.vent(By.id("innlogget"));
                TiltakDialog.maanedsrad(n, "April 2021");
            }
        }
    }
}
