package no.nir.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.nir.ordning.KategoriType;
import no.nir.ordning.OrdningType;
import no.nir.person.Lovverk;
import no.nir.personliste.ArbeidsflateService;
import no.nir.personliste.PersonlisteEksport;
import no.nir.personliste.PersonlisteKriterier;
import no.nir.personliste.PersonlisteService;
import no.nir.personliste.PersonlisteSortering;
import no.nir.personliste.PersonsokService;
import no.nir.test.Deployments;
import no.nir.test.Som;
import no.nir.test.Tidtaking;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Server-side times of the person lists on the large demo database (1,000,000 persons):
 * {@code mvn -B verify -Pbenchmark}. Prints figures ({@link Tidtaking}: warm-up, then median and maximum,
 * logged in once outside the timed calls); asserts only that there was data to measure.
 * The HTTP-level figures and the load test are in {@code mvn -Pload} (no.nir.last).
 */
@ExtendWith(ArquillianExtension.class)
class PersonlisteBenchmark {

    private static final int GANGER = 20;
    /** For the many cases of the sort order and filter tables. */
    private static final int KORT = 7;
    /** A national download takes seconds: three timed after the warm-up. */
    private static final int CSV_GANGER = 3;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(PersonlisteBenchmark.class, Tidtaking.class);
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

    // Each in-container test call must end within the JMX protocol's 60 s: one test per user and
    // sort direction. Kommune, bydel, region (two kommuner) and national: every sort order.
    @Test
    void kommuneStigende() throws Exception {
        sorteringer("les", false);
    }

    @Test
    void kommuneSynkende() throws Exception {
        sorteringer("les", true);
    }

    @Test
    void kommuneTiltakOgArbeidsflate() throws Exception {
        tiltakOgArbeidsflate("les");
    }

    @Test
    void bydelStigende() throws Exception {
        sorteringer("gamleoslo", false);
    }

    @Test
    void bydelSynkende() throws Exception {
        sorteringer("gamleoslo", true);
    }

    @Test
    void bydelTiltakOgArbeidsflate() throws Exception {
        tiltakOgArbeidsflate("gamleoslo");
    }

    @Test
    void regionStigende() throws Exception {
        sorteringer("region", false);
    }

    @Test
    void regionSynkende() throws Exception {
        sorteringer("region", true);
    }

    @Test
    void regionTiltakOgArbeidsflate() throws Exception {
        tiltakOgArbeidsflate("region");
    }

    @Test
    void nasjonaltStigende() throws Exception {
        sorteringer("imdi", false);
    }

    @Test
    void nasjonaltSynkende() throws Exception {
        sorteringer("imdi", true);
    }

    @Test
    void nasjonaltTiltakOgArbeidsflate() throws Exception {
        tiltakOgArbeidsflate("imdi");
    }

    /** First page (count and 25 lines, as the page asks) and page 200, in each sort order. */
    private void sorteringer(String bruker, boolean synkende) throws Exception {
        Som.bruker(bruker, () -> {
            long linjer = personlisteService.antall(KIM);
            assertTrue(linjer > 0, bruker);
            for (PersonlisteSortering sortering : PersonlisteSortering.values()) {
                Tidtaking forste = Tidtaking.av(KORT, () -> {
                    personlisteService.antall(KIM);
                    return personlisteService.side(KIM, sortering, synkende, 0, 25);
                });
                Tidtaking side200 = Tidtaking.av(KORT, () -> personlisteService.side(KIM, sortering, synkende, 199 * 25, 25));
                System.out.printf("BENCHMARK Kvalifisering i mottak, %s (%d linjer), sortert på %s%s: første side %s;"
                        + " side 200 %s%n", bruker, linjer, sortering.felt(), synkende ? " synkende" : "", forste, side200);
            }
            return null;
        });
    }

    private void tiltakOgArbeidsflate(String bruker) throws Exception {
        Som.bruker(bruker, () -> {
            for (boolean medTiltak : new boolean[] {true, false}) {
                PersonlisteKriterier tiltak = PersonlisteKriterier.tiltak(medTiltak);
                long antall = personlisteService.antall(tiltak);
                skriv("Modus Tiltak " + (medTiltak ? "med" : "uten") + " registrerte tiltak, første side sortert på navn, "
                        + bruker + ", " + antall + " linjer", Tidtaking.av(KORT, () -> {
                            personlisteService.antall(tiltak);
                            return personlisteService.side(tiltak, PersonlisteSortering.NAVN, false, 0, 25);
                        }));
            }
            skriv("Arbeidsflate, " + bruker, Tidtaking.av(KORT, () -> arbeidsflateService.tall()));
            return null;
        });
    }

    /** The geographic and frist filters and the lovverk lists, national (imdi): first page with count. */
    @Test
    void filtreGeografi() throws Exception {
        filtre(Map.of(
                "Kvalifisering i mottak, ordning Kompetansekartlegging", KIM.medOrdning(OrdningType.KOMPETANSEKARTLEGGING),
                "Kvalifisering i mottak, fylke 42", KIM.medGeografi("42", null, null),
                "Kvalifisering i mottak, kommune 0301", KIM.medGeografi(null, "0301", null),
                "Kvalifisering i mottak, bydel 030101", KIM.medGeografi(null, "0301", "030101"),
                "Kvalifisering i mottak, frist innen 30 dager", PersonlisteKriterier.frist(KategoriType.KVALIFISERING_I_MOTTAK,
                        ArbeidsflateService.FRIST_DAGER),
                "alle kategorier, integreringsloven", PersonlisteKriterier.kategori(Lovverk.INTEGRERINGSLOVEN, null),
                "alle kategorier, introduksjonsloven", PersonlisteKriterier.kategori(Lovverk.INTRODUKSJONSLOVEN, null)));
    }

    /** DUF-nummer (whole and a six-digit prefix) and surname, national (imdi). */
    @Test
    void filtrePerson() throws Exception {
        @SuppressWarnings("unchecked")
        List<Object[]> person = em.createNativeQuery("select duf_nummer, etternavn from personlinje"
                + " where oppfolgingskommune_nummer = '4204' and kategori_type = 'KVALIFISERING_I_MOTTAK' limit 1")
                .getResultList();
        String duf = (String) person.get(0)[0];
        String etternavn = (String) person.get(0)[1];
        filtre(Map.of("Kvalifisering i mottak, hele DUF-nummeret " + duf, KIM.medPerson(duf, null),
                "Kvalifisering i mottak, DUF-nummer som begynner på " + duf.substring(0, 6), KIM.medPerson(duf.substring(0, 6), null),
                "Kvalifisering i mottak, navn som inneholder " + etternavn, KIM.medPerson(null, etternavn)));
    }

    private void filtre(Map<String, PersonlisteKriterier> filtre) throws Exception {
        Som.bruker("imdi", () -> {
            for (Map.Entry<String, PersonlisteKriterier> navngitt : new TreeMap<>(filtre).entrySet()) {
                PersonlisteKriterier filter = navngitt.getValue();
                long linjer = personlisteService.antall(filter);
                skriv("Filter " + navngitt.getKey() + ", imdi, " + linjer + " linjer", Tidtaking.av(KORT, () -> {
                    personlisteService.antall(filter);
                    return personlisteService.side(filter, PersonlisteSortering.DUF, false, 0, 25);
                }));
            }
            return null;
        });
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
        skriv("Personsøk på DUF-nummer med mellomrom, les", Som.bruker("les", () -> Tidtaking.av(GANGER, () -> {
            var resultat = personsokService.sok(medMellomrom.get(neste[0]++));
            if (resultat.treff().size() != 1) {
                throw new AssertionError("Ett treff ventet, fikk " + resultat.treff().size());
            }
            return resultat;
        })));
    }

    /** National Norskopplæring (imdi, the longest list) and Kristiansand's Kvalifisering i mottak (les). */
    @Test
    void csvNasjonalt() throws Exception {
        csv(KategoriType.NORSKOPPLAERING_INTRODUKSJONSLOVEN, "imdi");
    }

    @Test
    void csvKommune() throws Exception {
        csv(KategoriType.KVALIFISERING_I_MOTTAK, "les");
    }

    /** The whole download, timed after a warm-up; the heap's peak over the timed downloads shows it stays flat. */
    private void csv(KategoriType kategori, String bruker) throws Exception {
        PersonlisteKriterier kriterier = PersonlisteKriterier.kategori(kategori.lovverk(), kategori);
        Som.bruker(bruker, () -> {
            // The first download warms up; three more are timed.
            long linjer = PersonlisteEksport.skriv(personlisteService, kriterier, OutputStream.nullOutputStream());
            assertTrue(linjer > 0);
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            long brukt = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            Tidtaking tid = Tidtaking.av(0, CSV_GANGER,
                    () -> PersonlisteEksport.skriv(personlisteService, kriterier, OutputStream.nullOutputStream()));
            long topp = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("BENCHMARK CSV %s (%s), %d linjer: %s; heap før %d MB, høyeste heap under nedlastingene"
                            + " %d MB (sum av heap-områdenes topper, inkl. søppel før GC)%n",
                    kategori, bruker, linjer, tid, brukt >> 20, topp >> 20);
            return null;
        });
    }

    private static void skriv(String hva, Tidtaking tid) {
        System.out.printf("BENCHMARK %s: %s%n", hva, tid);
    }
}
