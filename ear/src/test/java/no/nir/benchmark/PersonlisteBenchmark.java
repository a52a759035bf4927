package no.nir.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import no.nir.ordning.KategoriType;
import no.nir.ordning.Lovverk;
import no.nir.person.PersonlisteEksport;
import no.nir.person.PersonlisteKriterier;
import no.nir.person.PersonlisteService;
import no.nir.person.PersonlisteSortering;
import no.nir.person.PersonsokService;
import no.nir.test.Deployments;
import no.nir.test.Som;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Server-side times of the person lists on the large demo database (1,000,000 persons):
 * {@code mvn -B verify -Pbenchmark}. Prints figures; asserts only that there was data to measure.
 */
@ExtendWith(ArquillianExtension.class)
class PersonlisteBenchmark {

    private static final int GANGER = 20;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(PersonlisteBenchmark.class);
    }

    @EJB
    PersonlisteService personlisteService;

    @EJB
    PersonsokService personsokService;

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    // One test per user: each in-container test call must end within the JMX protocol's 60 s.
    @Test
    void forsteSideKristiansand() throws Exception {
        forsteSide("les");
    }

    @Test
    void forsteSideOslo() throws Exception {
        forsteSide("oslo");
    }

    @Test
    void forsteSideNasjonalt() throws Exception {
        forsteSide("imdi");
    }

    @Test
    void forsteSideUtenRegistrerteTiltak() throws Exception {
        PersonlisteKriterier utenTiltak = PersonlisteKriterier.tiltak(false);
        long linjer = Som.bruker("les", () -> personlisteService.antall(utenTiltak));
        assertTrue(linjer > 0);
        skriv("Personliste uten registrerte tiltak, første side sortert på navn, les, " + linjer + " linjer",
                median(() -> Som.bruker("les", () -> {
                    personlisteService.antall(utenTiltak);
                    return personlisteService.side(utenTiltak, PersonlisteSortering.NAVN, false, 0, 25);
                })));
    }

    private void forsteSide(String bruker) throws Exception {
        PersonlisteKriterier mottak = PersonlisteKriterier.kategori(Lovverk.INTEGRERINGSLOVEN, KategoriType.KVALIFISERING_I_MOTTAK);
        long linjer = Som.bruker(bruker, () -> personlisteService.antall(mottak));
        assertTrue(linjer > 0, bruker);
        skriv("Personliste Kvalifisering i mottak, første side (antall + 25 linjer sortert på DUF), " + bruker + ", "
                + linjer + " linjer", median(() -> Som.bruker(bruker, () -> {
            personlisteService.antall(mottak);
            return personlisteService.side(mottak, PersonlisteSortering.DUF, false, 0, 25);
        })));
    }

    @Test
    void dufSok() throws Exception {
        @SuppressWarnings("unchecked")
        List<String> duf = em.createNativeQuery("select duf_nummer from person where oppfolgingskommune_nummer = '4204'"
                + " order by id limit " + (GANGER + 3)).getResultList();
        assertTrue(duf.size() == GANGER + 3);
        List<String> medMellomrom = duf.stream()
                .map(d -> d.substring(0, 4) + " " + d.substring(4, 10) + " " + d.substring(10)).toList();
        int[] neste = {0};
        skriv("Personsøk på DUF-nummer med mellomrom, les", median(() -> Som.bruker("les", () -> {
            var resultat = personsokService.sok(medMellomrom.get(neste[0]++));
            if (resultat.treff().size() != 1) {
                throw new AssertionError("Ett treff ventet, fikk " + resultat.treff().size());
            }
            return resultat;
        })));
    }

    @Test
    void csvNedlasting() throws Exception {
        for (KategoriType kategori : List.of(KategoriType.NORSKOPPLAERING_INTRODUKSJONSLOVEN, KategoriType.KVALIFISERING_I_MOTTAK)) {
            PersonlisteKriterier kriterier = PersonlisteKriterier.kategori(kategori.lovverk(), kategori);
            String bruker = kategori == KategoriType.KVALIFISERING_I_MOTTAK ? "les" : "imdi";
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            long brukt = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long linjer = Som.bruker(bruker, () -> PersonlisteEksport.skriv(personlisteService, kriterier,
                    OutputStream.nullOutputStream()));
            long ms = (System.nanoTime() - start) / 1_000_000;
            long topp = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            assertTrue(linjer > 0);
            System.out.printf("BENCHMARK CSV %s (%s): %d linjer på %d ms; heap før %d MB, høyeste heap under nedlasting %d MB"
                            + " (sum av heap-områdenes topper, inkl. søppel før GC)%n",
                    kategori, bruker, linjer, ms, brukt >> 20, topp >> 20);
        }
    }

    private static <T> double median(Callable<T> kall) throws Exception {
        for (int i = 0; i < 3; i++) {
            kall.call();
        }
        List<Double> tider = new ArrayList<>();
        for (int i = 0; i < GANGER; i++) {
            long start = System.nanoTime();
            kall.call();
            tider.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(tider);
        return (tider.get(GANGER / 2 - 1) + tider.get(GANGER / 2)) / 2;
    }

    private static void skriv(String hva, double medianMs) {
        System.out.printf("BENCHMARK %s: median %.1f ms av %d%n", hva, medianMs, GANGER);
    }
}
