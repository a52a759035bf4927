package no.nir.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.YearMonth;
import no.nir.test.Deployments;
import no.nir.test.Som;
import no.nir.test.Tidtaking;
import no.nir.tiltak.Rapportvalg;
import no.nir.tiltak.Tiltaksrapport;
import no.nir.tiltak.TiltaksrapportMaaned;
import no.nir.tiltak.TiltaksrapportService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Server-side time of the report on Kvalifisering i mottak on the large demo database
 * ({@code mvn -B verify -Pbenchmark}): national and for one kommune, the last 12 whole months.
 * The login happens once, outside the timed calls; prints the median of 20 after warm-up calls ({@link Tidtaking}).
 */
@ExtendWith(ArquillianExtension.class)
class TiltaksrapportBenchmark {

    private static final int GANGER = 20;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(TiltaksrapportBenchmark.class, Tidtaking.class);
    }

    @EJB
    TiltaksrapportService rapportService;

    @Test
    void nasjonalt12Maaneder() throws Exception {
        maal("imdi", new Rapportvalg(null, null, null, null));
    }

    @Test
    void kristiansand12Maaneder() throws Exception {
        maal("les", new Rapportvalg(null, null, null, null));
    }

    private void maal(String bruker, Rapportvalg valg) throws Exception {
        Som.bruker(bruker, () -> {
            Tiltaksrapport rapport = rapportService.rapport(valg);
            long personmaaneder = rapport.maaneder().stream().mapToLong(TiltaksrapportMaaned::personer).sum();
            assertTrue(personmaaneder > 0, "no data to measure");
            Tidtaking tid = Tidtaking.av(GANGER, () -> rapportService.rapport(valg));
            YearMonth fra = rapport.valg().fra();
            System.out.printf("BENCHMARK Rapport Kvalifisering i mottak, %s, %s–%s (%s), %d personmåneder: %s%n",
                    rapport.omraade(), fra, rapport.valg().til(), bruker, personmaaneder, tid);
            return null;
        });
    }
}
