package no.nir.kompetanse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.nir.test.Deployments;
import no.nir.test.Som;
import no.nir.test.Testdata;
import no.nir.tilgang.IngenTilgangException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The read-only Kompetanse module: content, status line, and who may read it where. */
@ExtendWith(ArquillianExtension.class)
class KompetanseServiceIT {

    /** The application's clock (Europe/Oslo): "today" here is the service's today at any hour. */
    @Inject
    Clock klokke;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(KompetanseServiceIT.class);
    }

    @EJB
    KompetanseService kompetanseService;

    @EJB
    Testdata testdata;

    private long personMedKompetanse(String kommune, KompetanseStatus status) {
        long id = testdata.mottaksbeboer(kommune, "Rania", "Saleh", LocalDate.of(1989, 11, 11), LocalDate.now(klokke).minusMonths(1));
        testdata.kompetanse(id, status);
        return id;
    }

    @Test
    void alleDeleneLesesFulltUt() throws Exception {
        long id = personMedKompetanse("4204", KompetanseStatus.NOTAT_PABEGYNT);

        KompetanseOversikt k = Som.bruker("les", () -> kompetanseService.kompetanse(id));

        assertTrue(k.registrert());
        assertEquals(Kilde.SELVREGISTRERT, k.kilde());
        assertEquals(LocalDate.of(2024, 3, 1), k.registrertDato());
        assertEquals(List.of("Arabisk", "Engelsk"), k.sprak().stream().map(KompetanseOversikt.Sprak::sprak).toList());
        assertTrue(k.sprak().get(0).morsmal());
        assertEquals("B1", k.sprak().get(1).muntligNiva());
        assertEquals(List.of(new KompetanseOversikt.Yrke("Sykepleier", new BigDecimal("4.5"))), k.yrker());
        assertEquals("Sykepleie", k.utdanninger().get(0).fagfelt());
        assertTrue(k.utdanninger().get(0).fullfort());
        assertEquals("Førerkort klasse B", k.andreFerdigheter());
        assertEquals("Fotball og matlaging", k.interesser());
        assertEquals(LocalDate.of(2024, 4, 2), k.karriereveiledningDato());
        assertEquals(List.of(true, true, false), k.statuslinje().stream().map(KompetanseOversikt.Steg::nadd).toList());
        assertEquals("Selvregistrert kompetanse mottatt", k.statuslinje().get(0).tekst());
    }

    @Test
    void utenKompetanseErIngenStegNadd() throws Exception {
        long id = testdata.mottaksbeboer("4204", "Karim", "Aziz", LocalDate.of(1990, 1, 1), LocalDate.now(klokke).minusMonths(1));
        KompetanseOversikt k = Som.bruker("les", () -> kompetanseService.kompetanse(id));
        assertFalse(k.registrert());
        assertTrue(k.sprak().isEmpty());
        assertEquals(3, k.statuslinje().size());
        assertTrue(k.statuslinje().stream().noneMatch(KompetanseOversikt.Steg::nadd));
    }

    @Test
    void lesSkrivBosettingOgImdiLeserIOmradet() throws Exception {
        long id = personMedKompetanse("4204", KompetanseStatus.SELVREGISTRERT_MOTTATT);
        for (String bruker : List.of("les", "skriv", "bosetting", "imdi", "region")) {
            assertEquals(2, Som.bruker(bruker, () -> kompetanseService.kompetanse(id)).sprak().size(), bruker);
        }
    }

    @Test
    void kommuneadminAvvisesOgsaIEgenKommune() throws Exception {
        long id = personMedKompetanse("4204", KompetanseStatus.NOTAT_FULLFORT);
        assertThrows(EJBAccessException.class, () -> Som.bruker("kommuneadmin", () -> kompetanseService.kompetanse(id)));
    }

    @Test
    void utenforOmradetAvvises() throws Exception {
        long iKristiansand = personMedKompetanse("4204", KompetanseStatus.NOTAT_FULLFORT);
        long iBergen = personMedKompetanse("4601", KompetanseStatus.NOTAT_FULLFORT);
        for (String utenfor : List.of("bergen", "oslo", "gamleoslo", "gruppe")) {
            assertThrows(IngenTilgangException.class,
                    () -> Som.bruker(utenfor, () -> kompetanseService.kompetanse(iKristiansand)), utenfor);
        }
        for (String utenfor : List.of("les", "skriv", "bosetting")) {
            assertThrows(IngenTilgangException.class,
                    () -> Som.bruker(utenfor, () -> kompetanseService.kompetanse(iBergen)), utenfor);
        }
        assertTrue(Som.bruker("imdi", () -> kompetanseService.kompetanse(iBergen)).registrert());
        assertTrue(Som.bruker("bergen", () -> kompetanseService.kompetanse(iBergen)).registrert());
        assertThrows(IngenTilgangException.class, () -> Som.bruker("imdi", () -> kompetanseService.kompetanse(-1L)));
    }

    @Test
    void bydelsregelen() throws Exception {
        long gamleOslo = testdata.bosatt("0301", "030101", "Mina", "Rahmani", LocalDate.of(1995, 5, 5),
                LocalDate.of(2023, 6, 1), LocalDate.of(2023, 9, 1));
        long annenBydel = testdata.bosatt("0301", "030102", "Mina", "Rahmani", LocalDate.of(1995, 5, 5),
                LocalDate.of(2023, 6, 1), LocalDate.of(2023, 9, 1));
        testdata.kompetanse(gamleOslo, KompetanseStatus.SELVREGISTRERT_MOTTATT);
        testdata.kompetanse(annenBydel, KompetanseStatus.SELVREGISTRERT_MOTTATT);
        assertTrue(Som.bruker("gamleoslo", () -> kompetanseService.kompetanse(gamleOslo)).registrert());
        assertThrows(IngenTilgangException.class, () -> Som.bruker("gamleoslo", () -> kompetanseService.kompetanse(annenBydel)));
    }
}
