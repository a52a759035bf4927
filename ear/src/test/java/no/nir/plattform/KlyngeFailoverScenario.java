package no.nir.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nir.test.Testdatabase;
import no.nir.test.drift.Wildfly;
import no.nir.test.nettleser.Nettleser;
import no.nir.test.nettleser.Testpersoner;
import no.nir.test.nettleser.TiltakDialog;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Two nodes (standalone-ha.xml, JGroups TCP with static member list, distributable sessions)
 * behind a WildFly load balancer (standalone-load-balancer.xml, mod_cluster), all configured by
 * docker/cli (profile cluster). The node that served the caseworker's session is killed while the
 * tiltak dialog is open; the save goes through the balancer to the other node (the balancer may
 * answer the first attempt with 503 when it sent it to the dead node; the page then sends it once
 * more, see resources/js/person.js). Checked: same view (no reload), still logged in, the tiltak in
 * the month table and once in the database.
 */
class KlyngeFailoverScenario {

    private static final int NODE_A = 530;
    private static final int NODE_B = 540;
    private static final int BALANSERER = 550;
    private static final String NORSK = "Opplæring i norsk og samfunnskunnskap";

    @Test
    void nodenSomBetjenteOktenStopperMensDialogenErAapen() throws Exception {
        try (Testdatabase db = Testdatabase.migrert("nir_klynge");
             Wildfly balanserer = Wildfly.legg("balanserer", "standalone-load-balancer.xml", BALANSERER, Map.of(),
                     "balancer.cli").start(false);
             Wildfly a = node("node-a", NODE_A, db.url()).startUtenAaVente(true);
             Wildfly b = node("node-b", NODE_B, db.url()).startUtenAaVente(true)) {
            a.ventTilKlar();
            b.ventTilKlar();
            Testpersoner.Person ider = Testpersoner.mottaksbeboer("4204").navn("Nora", "Klynge").lag(a.http("/"));
            String ordningside = "person/ordning.xhtml?id=" + ider.id() + "&ordning=" + ider.ordning();

            // No stale cache: B has shown the ordning before A saves a tiltak in it, and shows the tiltak at once.
            try (Nettleser paaB = Nettleser.start(b.http("/nir/").toURL());
                 Nettleser paaA = Nettleser.start(a.http("/nir/").toURL())) {
                paaB.loggInn("skriv");
                paaB.gaaTil(ordningside);
                paaB.ventPaaTekst(By.id("tiltakstatus"), "Det er ikke registrert tiltak");
                paaA.loggInn("skriv");
                paaA.gaaTil(ordningside);
                TiltakDialog.registrer(paaA, NORSK, "Samfunnskunnskap", "06.04.2021", "30.04.2021", "5");
                long lagret = System.nanoTime();
                paaB.gaaTil(ordningside);
                paaB.ventPaaTekst(By.id("tiltakstatus"), "Det er registrert tiltak");
                TiltakDialog.maanedsrad(paaB, "April 2021");
                System.out.printf("Cluster: the tiltak saved on node-a was shown by node-b %d ms later (one page load)%n",
                        (System.nanoTime() - lagret) / 1_000_000);
            }

            ventTilBalansererenRuter(balanserer);
            try (Nettleser n = Nettleser.start(balanserer.http("/nir/").toURL())) {
                try {
                    n.loggInn("skriv");
                    n.gaaTil(ordningside);
                    TiltakDialog.aapne(n);
                    TiltakDialog.velg(n, "gruppeKode", NORSK);
                    TiltakDialog.velg(n, "typeKode", "Norskopplæring");
                    TiltakDialog.fyllInn(n, "03.05.2021", "31.05.2021", "15");
                    Cookie okt = n.driver().manage().getCookieNamed("JSESSIONID");
                    assertNotNull(okt, "the balancer passes the node's session cookie");
                    String rute = okt.getValue().substring(okt.getValue().lastIndexOf('.') + 1);
                    Wildfly betjente = rute.equals(a.navn()) ? a : b;
                    assertTrue(rute.equals(a.navn()) || rute.equals(b.navn()), "session route " + rute);

                    // A mark in the page: a reload (e.g. an expired view sent back to the page) would wipe it.
                    ((JavascriptExecutor) n.driver()).executeScript("window.nirFoerFailover = true;");
                    long drept = System.nanoTime();
                    betjente.drep();
                    TiltakDialog.lagre(n);
                    long failover = (System.nanoTime() - drept) / 1_000_000;
                    assertEquals(Boolean.TRUE, ((JavascriptExecutor) n.driver()).executeScript("return window.nirFoerFailover === true;"),
                            "the save was answered in the same view, not by a reload of the page");
                    n.ventPaaTekst(By.id("innlogget"), "skriv");
                    WebElement mai = TiltakDialog.maanedsrad(n, "Mai 2021");
                    assertFalse(mai.getText().contains(" 0.00 timer"), "May counts the new tiltak: " + mai.getText());
                    n.vent(By.xpath("//div[contains(@class,'tiltak-maanedtabell')]//tr[@data-ri][td[contains(@class,'tiltak-maaned')]"
                            + "[starts-with(normalize-space(.),'Mai 2021 -')]]/following-sibling::tr[1]//div[contains(@class,'tiltak-tabell')]"
                            + "//tr[@data-ri][contains(normalize-space(.),'Norskopplæring')][contains(.,'03.05.2021')]"));
                    Cookie etter = n.driver().manage().getCookieNamed("JSESSIONID");
                    String nyRute = etter.getValue().substring(etter.getValue().lastIndexOf('.') + 1);
                    assertEquals(betjente == a ? b.navn() : a.navn(), nyRute, "the session moved to the other node");
                    System.out.printf("Cluster failover: %s (serving the session) killed with the dialog open; the save through"
                            + " the balancer completed %d ms later on the other node, in the same view; still logged in as skriv;"
                            + " session route %s -> %s%n", rute, failover, rute, nyRute);
                    n.skjermbilde("klynge-etter-failover");
                } catch (Exception | AssertionError e) {
                    n.skjermbilde("klynge-feil");
                    throw e;
                }
            }
            try (Connection c = db.koble();
                 PreparedStatement s = c.prepareStatement("select tiltakstype_kode, timer_per_uke, fra_dato::text, til_dato::text,"
                         + " slettet_tid is not null from tiltak where ordning_id = ? order by fra_dato")) {
                s.setLong(1, ider.ordning());
                List<String> rader = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rader.add(r.getString(1) + " " + r.getString(3) + "–" + r.getString(4) + " " + r.getBigDecimal(2).stripTrailingZeros()
                                + (r.getBoolean(5) ? " slettet" : ""));
                    }
                }
                System.out.println("Cluster: tiltak of the ordning in the database: " + rader);
                assertEquals(List.of("SAMFUNNSKUNNSKAP 2021-04-06–2021-04-30 5", "NORSKOPPLAERING 2021-05-03–2021-05-31 15"), rader,
                        "the tiltak saved on node-a and the one typed before the failover, each stored exactly once");
            }
        }
    }

    private static Wildfly node(String navn, int offset, String jdbc) throws Exception {
        Map<String, String> egenskaper = new HashMap<>(Map.of(
                "nir.postgresql.jar", System.getProperty("nir.driver"),
                "nir.db.url", jdbc, "nir.db.user", "postgres", "nir.db.password", "postgres"));
        egenskaper.putAll(Map.of(
                "nir.cluster.member1.host", "127.0.0.1", "nir.cluster.member1.port", String.valueOf(7600 + NODE_A),
                "nir.cluster.member2.host", "127.0.0.1", "nir.cluster.member2.port", String.valueOf(7600 + NODE_B),
                "nir.balancer.host", "127.0.0.1", "nir.balancer.port", String.valueOf(8090 + BALANSERER)));
        return Wildfly.legg(navn, "standalone-ha.xml", offset, egenskaper,
                "datasource.cli", "monitoring.cli", "security.cli", "messaging.cli", "batch-timere.cli", "demo-brukere.sh",
                "cluster.cli");
    }

    /** mod_cluster nodes register their contexts with a status message every few seconds. */
    private static void ventTilBalansererenRuter(Wildfly balanserer) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            if (Wildfly.status(balanserer.http("/nir/")) == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the balancer does not route /nir/");
    }
}
