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
import no.nir.ordning.OrdningType;
import no.nir.person.ArbeidsflateService;
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
 * The HTTP-level figures and the load test are in {@code mvn -Pload} (no.nir.last).
 */
@ExtendWith(ArquillianExtension.class)
class PersonlisteBenchmark {

    private static final int GANGER = 20;
    /** For the many cases of the sort order and filter tables. */
    private static final int KORT = 7;

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

    @EJB
    ArbeidsflateService arbeidsflateService;

    private static final PersonlisteKriterier KIM =
            PersonlisteKriterier.kategori(Lovverk.INTEGRERINGSLOVEN, KategoriType.KVALIFISERING_I_MOTTAK);

    // One test per user: each in-container test call must end within the JMX protocol's 60 s.
    // Kommune, bydel, region (two kommuner) and national: every sort order, both ways.
    @Test
    void kommune() throws Exception {
        sorteringer("les");
    }

    @Test
    void bydel() throws Exception {
        sorteringer("gamleoslo");
    }

    @Test
    void region() throws Exception {
        sorteringer("region");
    }

    @Test
    void nasjonalt() throws Exception {
        sorteringer("imdi");
    }

    /** First page (count and 25 lines, as the page asks) and page 200, in each sort order. */
    private void sorteringer(String bruker) throws Exception {
        long linjer = Som.bruker(bruker, () -> personlisteService.antall(KIM));
        assertTrue(linjer > 0, bruker);
        for (PersonlisteSortering sortering : PersonlisteSortering.values()) {
            for (boolean synkende : new boolean[] {false, true}) {
                double forste = median(KORT, () -> Som.bruker(bruker, () -> {
                    personlisteService.antall(KIM);
                    return personlisteService.side(KIM, sortering, synkende, 0, 25);
                }));
                double side200 = median(KORT, () -> Som.bruker(bruker, () ->
                        personlisteService.side(KIM, sortering, synkende, 199 * 25, 25)));
                System.out.printf("BENCHMARK Kvalifisering i mottak, %s (%d linjer), sortert på %s%s: første side %.1f ms,"
                        + " side 200 %.1f ms (median av %d)%n", bruker, linjer, sortering.felt(), synkende ? " synkende" : "",
                        forste, side200, KORT);
            }
        }
        for (boolean medTiltak : new boolean[] {true, false}) {
            PersonlisteKriterier tiltak = PersonlisteKriterier.tiltak(medTiltak);
            long antall = Som.bruker(bruker, () -> personlisteService.antall(tiltak));
            skriv("Modus Tiltak " + (medTiltak ? "med" : "uten") + " registrerte tiltak, første side sortert på navn, "
                    + bruker + ", " + antall + " linjer", median(KORT, () -> Som.bruker(bruker, () -> {
                        personlisteService.antall(tiltak);
                        return personlisteService.side(tiltak, PersonlisteSortering.NAVN, false, 0, 25);
                    })));
        }
        skriv("Arbeidsflate, " + bruker, median(KORT, () -> Som.bruker(bruker, () -> arbeidsflateService.tall())));
    }

    /** The filters, each on the national list (imdi): first page with count. */
    @Test
    void filtre() throws Exception {
        @SuppressWarnings("unchecked")
        List<Object[]> person = em.createNativeQuery("select duf_nummer, etternavn from personlinje"
                + " where oppfolgingskommune_nummer = '4204' and kategori_type = 'KVALIFISERING_I_MOTTAK' limit 1")
                .getResultList();
        String duf = (String) person.get(0)[0];
        String etternavn = (String) person.get(0)[1];
        List<PersonlisteKriterier> filtre = List.of(
                KIM.medOrdning(OrdningType.KOMPETANSEKARTLEGGING),
                KIM.medGeografi("42", null, null),
                KIM.medGeografi(null, "0301", null),
                KIM.medGeografi(null, "0301", "030101"),
                KIM.medPerson(duf, null),
                KIM.medPerson(duf.substring(0, 6), null),
                KIM.medPerson(null, etternavn),
                PersonlisteKriterier.frist(KategoriType.KVALIFISERING_I_MOTTAK, ArbeidsflateService.FRIST_DAGER),
                PersonlisteKriterier.kategori(Lovverk.INTEGRERINGSLOVEN, null),
                PersonlisteKriterier.kategori(Lovverk.INTRODUKSJONSLOVEN, null));
        for (PersonlisteKriterier filter : filtre) {
            long linjer = Som.bruker("imdi", () -> personlisteService.antall(filter));
            skriv("Filter " + filter + ", imdi, " + linjer + " linjer", median(KORT, () -> Som.bruker("imdi", () -> {
                personlisteService.antall(filter);
                return personlisteService.side(filter, PersonlisteSortering.DUF, false, 0, 25);
            })));
        }
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
        return median(GANGER, kall);
    }

    private static <T> double median(int ganger, Callable<T> kall) throws Exception {
        for (int i = 0; i < 3; i++) {
            kall.call();
        }
        List<Double> tider = new ArrayList<>();
        for (int i = 0; i < ganger; i++) {
            long start = System.nanoTime();
            kall.call();
            tider.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(tider);
        return ganger % 2 == 1 ? tider.get(ganger / 2) : (tider.get(ganger / 2 - 1) + tider.get(ganger / 2)) / 2;
    }

    private static void skriv(String hva, double medianMs) {
        System.out.printf("BENCHMARK %s: median %.1f ms%n", hva, medianMs);
    }
}
