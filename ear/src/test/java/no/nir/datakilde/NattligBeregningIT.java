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
import no.nir.ordning.Kategori;
import no.nir.ordning.KategoriType;
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
 * The nightly beregning: a mottak resident who turns 18 gets Kvalifisering i mottak that night, the
 * run is recorded with its counts and happens once per day, and its timer is persistent in the
 * database (one timer for the whole cluster).
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
    void enBeboerSomFyller18FaarKvalifiseringIMottakNattenDaDetSkjer() throws Exception {
        // A night of its own, well ahead, so no other run (or test) has taken that day.
        LocalDate natt = LocalDate.now(klokke).plusDays(40);
        long person = testdata.mottaksbeboer("4204", "Yusuf", "Attenaar", natt.minusYears(18),
                LocalDate.now(klokke).minusMonths(1));
        assertEquals(List.of(), kategorier(person), "17 years old: no kategori yet");

        Optional<Beregningskjoring> kjoring = Som.bruker("drift", () -> nattligBeregning.kjor(natt));

        assertEquals(List.of(KategoriType.KVALIFISERING_I_MOTTAK + " fra " + natt), kategorier(person));
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

    private List<String> kategorier(long person) {
        return tx.lesFraDatabasen(em -> em.createQuery("select k from Kategori k where k.person.id = :p", Kategori.class)
                .setParameter("p", person).getResultStream().map(k -> k.getType() + " fra " + k.getFraDato()).toList());
    }
}
