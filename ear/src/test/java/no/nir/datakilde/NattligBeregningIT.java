package no.nir.datakilde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.nir.ordning.OrdningStatus;
import no.nir.ordning.OrdningType;
import no.nir.test.Deployments;
import no.nir.test.Som;
import no.nir.test.Testdata;
import no.nir.test.Transaksjon;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly beregning: a mottak resident settled on a day ahead has Kvalifisering i mottak active
 * until that night and inactive from it; the run is recorded with its counts and happens once per
 * day, and its timer is persistent in the database (one timer for the whole cluster).
 */
@ExtendWith(ArquillianExtension.class)
class NattligBeregningIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(NattligBeregningIT.class);
    }

    @Inject
    Clock klokke;

    @EJB
    NattligBeregning nattligBeregning;

    @EJB
    NattligBeregningService nattligBeregningService;

    @EJB
    Testdata testdata;

    @EJB
    Transaksjon tx;

    @Test
    void kvalifiseringenBlirInaktivNattenBosettingsdagenKommer() throws Exception {
        // A night of its own, well ahead, so no other run (or test) has taken that day.
        LocalDate natt = LocalDate.now(klokke).plusDays(40);
        long person = testdata.mottaksbeboer("4204", "Yusuf", "Nattesen", LocalDate.of(1990, 3, 3),
                LocalDate.now(klokke).minusMonths(1));
        testdata.bosettMottaksbeboer(person, natt);
        assertEquals(List.of(OrdningStatus.AKTIV), kvalifisering(person), "settled ahead: still active until the day");

        Optional<Beregningskjoring> kjoring = Som.bruker("drift", () -> nattligBeregning.kjor(natt));

        assertEquals(List.of(OrdningStatus.INAKTIV), kvalifisering(person));
        Beregningskjoring k = kjoring.orElseThrow();
        assertEquals(natt, k.dato());
        assertNotNull(k.ferdig());
        assertTrue(k.personer() >= 1 && k.endret() >= 1, String.valueOf(k));
        assertTrue(Som.bruker("drift", nattligBeregningService::siste).contains(k));
        assertEquals(Optional.empty(), Som.bruker("drift", () -> nattligBeregning.kjor(natt)), "once per day");
    }

    @Test
    void timerenErLagretIDatabasenForHeleKlyngen() {
        List<?> timere = tx.kjor(em -> em.createNativeQuery("select partition_name, schedule_expr_hour,"
                        + " schedule_expr_minute from jboss_ejb_timer where timed_object_id like '%NattligBeregning'")
                .getResultList());
        assertEquals(1, timere.size(), "one persistent timer in the shared store");
        Object[] timer = (Object[]) timere.get(0);
        assertEquals(List.of("nir", "2", "30"), List.of(timer[0], timer[1], timer[2]));
    }

    @Test
    void bareDriftKanKjoereDen() {
        assertThrows(EJBAccessException.class, () -> Som.bruker("imdi", () -> nattligBeregning.kjor(LocalDate.now(klokke))));
        assertThrows(EJBAccessException.class, () -> Som.bruker("skriv", nattligBeregningService::siste));
    }

    private List<OrdningStatus> kvalifisering(long person) {
        return tx.lesFraDatabasen(em -> em.createQuery("select o.status from Ordning o where o.person.id = :p"
                        + " and o.type = :type", OrdningStatus.class)
                .setParameter("p", person).setParameter("type", OrdningType.KVALIFISERING_MOTTAKSBEBOERE).getResultList());
    }
}
