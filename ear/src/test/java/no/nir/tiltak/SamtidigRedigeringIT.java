package no.nir.tiltak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.nir.ordning.OrdningType;
import no.nir.test.Deployments;
import no.nir.test.Som;
import no.nir.test.Testdata;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * Twenty users save the same tiltak at the same moment, each from the version they loaded: one
 * save wins, the other nineteen are told it was changed by someone else, the innsynslogg has one
 * change line, and the row holds exactly the winner's values (no lost update, no mixture).
 */
@ExtendWith(ArquillianExtension.class)
class SamtidigRedigeringIT {

    private static final int OKTER = 20;
    private static final LocalDate APRIL_2 = LocalDate.of(2021, 4, 2);
    private static final LocalDate APRIL_30 = LocalDate.of(2021, 4, 30);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(SamtidigRedigeringIT.class);
    }

    @EJB
    TiltakService service;

    @EJB
    Testdata testdata;

    @Test
    void tjueSamtidigeLagringerGirEnVinnerOgIngenTaptOppdatering() throws Exception {
        long person = testdata.mottaksbeboer("4204", "Samtidig", "Redigering", LocalDate.of(1990, 1, 1), LocalDate.of(2021, 2, 1));
        long ordning = testdata.ordningId(person, OrdningType.KVALIFISERING_MOTTAKSBEBOERE);
        long tiltak = testdata.tiltak(ordning, "NORSKOPPLAERING", APRIL_2, APRIL_30, "30");
        long versjon = Som.bruker("skriv", () -> service.tiltak(tiltak).version());

        List<SecurityIdentity> okter = new ArrayList<>();
        for (int i = 0; i < OKTER; i++) {
            okter.add(Som.identitet("skriv"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService traader = Executors.newFixedThreadPool(OKTER);
        List<Future<String>> svar = new ArrayList<>();
        try {
            for (int i = 0; i < OKTER; i++) {
                SecurityIdentity okt = okter.get(i);
                String timer = Integer.toString(i + 1);
                svar.add(traader.submit(() -> {
                    start.await();
                    return okt.runAs((Callable<String>) () -> lagre(tiltak, versjon, timer));
                }));
            }
            start.countDown();
            List<String> utfall = new ArrayList<>();
            for (Future<String> f : svar) {
                utfall.add(f.get(5, TimeUnit.MINUTES));
            }

            List<String> vunnet = utfall.stream().filter(u -> u.startsWith("lagret ")).toList();
            assertEquals(1, vunnet.size(), utfall.toString());
            assertEquals(OKTER - 1, utfall.stream().filter(u -> u.contains("endret av en annen bruker")).count(), utfall.toString());

            String vinner = vunnet.get(0).substring("lagret ".length());
            TiltakRad etter = Som.bruker("skriv", () -> service.tiltak(tiltak));
            assertEquals(versjon + 1, etter.version(), "one update");
            assertEquals(0, new BigDecimal(vinner).compareTo(etter.timerPerUke()), "the winner's hours, nobody else's");
            List<String> endringer = testdata.innsynsloggForTiltak(tiltak).stream()
                    .filter(l -> l.startsWith("ENDRE_TILTAK")).toList();
            assertEquals(1, endringer.size(), endringer.toString());
            assertTrue(endringer.get(0).endsWith("Etter: Norskopplæring 02.04.2021–30.04.2021, " + vinner + " timer per uke"),
                    endringer.get(0));
        } finally {
            traader.shutdownNow();
        }
    }

    /** One user's save: "lagret" with the hours, or the message the user sees. */
    private String lagre(long tiltak, long versjon, String timer) {
        try {
            service.endre(tiltak, versjon, new TiltakSkjema("NORSK_SAMF", "NORSKOPPLAERING", false, APRIL_2, APRIL_30,
                    new BigDecimal(timer), null, null));
            return "lagret " + timer;
        } catch (TiltakValideringException e) {
            return String.join(" ", e.feil().values());
        }
    }
}
