package no.nir.tilgang;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import no.nir.test.Testdatabase;
import no.nir.test.drift.Katalogtjener;
import no.nir.test.drift.Wildfly;
import no.nir.test.nettleser.Nettleser;
import no.nir.test.nettleser.Testpersoner;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Users, roles and kommune from a real directory (profile ldap): slapd on 127.0.0.1:3890 with
 * src/test/resources/ldap/nir.ldif, and a WildFly whose security domain "nir" uses the ldap-realm
 * of docker/cli/ldap-realm.cli. kari reads in Bergen (groups nir-les, kommune-4601); ola writes in
 * Kristiansand (nir-skriv, kommune-4204).
 */
class LdapInnloggingScenario {

    private static final int LDAP_PORT = 3890;
    private static final int OFFSET = 520;

    @Test
    void katalogbrukerSerEgenKommuneOgLeserIkkeKanSkrive() throws Exception {
        try (Katalogtjener katalog = Katalogtjener.start(LDAP_PORT);
             Testdatabase db = Testdatabase.migrert("nir_ldap");
             Wildfly tjener = Wildfly.legg("ldap", "standalone.xml", OFFSET, egenskaper(db.url()),
                     "datasource.cli", "monitoring.cli", "security.cli", "messaging.cli", "batch-timere.cli", "ldap-realm.cli")
                     .start(true)) {
            Testpersoner.Person bergen = Testpersoner.mottaksbeboer("4601").navn("Nora", "Bergenkatalog").lag(tjener.http("/"));
            Testpersoner.Person kristiansand = Testpersoner.mottaksbeboer("4204").navn("Nora", "Sorkatalog")
                    .lag(tjener.http("/"));
            try (Nettleser n = Nettleser.start(tjener.http("/nir/").toURL())) {
                try {
                    // A wrong password is refused by the directory.
                    n.gaaTil("");
                    n.sendInnlogging("kari", "feil");
                    n.vent(By.id("j_username"));
                    assertTrue(n.driver().findElements(By.id("innlogget")).isEmpty());

                    long start = System.nanoTime();
                    n.loggInn("kari", "Katalog1!");
                    System.out.printf("LDAP: kari logged in through the browser against slapd in %d ms%n",
                            (System.nanoTime() - start) / 1_000_000);
                    n.ventPaaTekst(By.id("innlogget"), "kari");

                    // Only Bergen's person is found.
                    n.gaaTil("personsok.xhtml?q=Nora");
                    n.ventPaaTekst(By.id("treff"), "Bergenkatalog");
                    assertFalse(n.driver().findElement(By.id("treff")).getText().contains("Sorkatalog"));
                    n.skjermbilde("ldap-01-kari-sok");

                    // Reader: the ordning page offers no change.
                    n.gaaTil("person/ordning.xhtml?id=" + bergen.id() + "&ordning=" + bergen.ordning());
                    n.ventPaaTekst(By.cssSelector(".tiltak-topp h2"), "Tiltak");
                    assertTrue(n.driver().findElements(By.id("tiltakOversikt:leggTil")).isEmpty(), "no Legg til for nir-les");

                    // Another kommune's person is refused.
                    n.gaaTil("person/grunndata.xhtml?id=" + kristiansand.id());
                    assertFalse(n.driver().getPageSource().contains("Sorkatalog"));
                    n.skjermbilde("ldap-02-kari-annen-kommune");

                    n.driver().findElement(By.id("loggut")).click();
                    n.vent(By.id("j_username"));

                    // Writer in Kristiansand: sees its own person and may register tiltak.
                    n.loggInn("ola", "Katalog2!");
                    n.gaaTil("person/ordning.xhtml?id=" + kristiansand.id() + "&ordning=" + kristiansand.ordning());
                    n.vent(By.id("tiltakOversikt:leggTil"));
                    n.gaaTil("personsok.xhtml?q=Nora");
                    n.ventPaaTekst(By.id("treff"), "Sorkatalog");
                    assertFalse(n.driver().findElement(By.id("treff")).getText().contains("Bergenkatalog"));
                    n.skjermbilde("ldap-03-ola-sok");
                } catch (Exception | AssertionError e) {
                    n.skjermbilde("ldap-feil");
                    throw e;
                }
            }
        }
    }

    private static Map<String, String> egenskaper(String jdbc) {
        Map<String, String> egenskaper = new HashMap<>(Map.of(
                "nir.postgresql.jar", System.getProperty("nir.driver"),
                "nir.db.url", jdbc, "nir.db.user", "postgres", "nir.db.password", "postgres"));
        egenskaper.putAll(Map.of(
                "nir.ldap.url", "ldap://127.0.0.1:" + LDAP_PORT,
                "nir.ldap.bind.dn", "cn=admin,dc=nir,dc=test",
                "nir.ldap.bind.password", "hemmelig",
                "nir.ldap.user.base", "ou=people,dc=nir,dc=test",
                "nir.ldap.user.attribute", "uid",
                "nir.ldap.group.base", "ou=groups,dc=nir,dc=test",
                "nir.ldap.group.filter", "(&(objectClass=groupOfNames)(member={1}))"));
        return egenskaper;
    }
}
