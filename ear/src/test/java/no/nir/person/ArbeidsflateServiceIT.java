package no.nir.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.nir.ordning.KategoriType;
import no.nir.ordning.OrdningStatus;
import no.nir.ordning.OrdningType;
import no.nir.personliste.ArbeidsflateService;
import no.nir.personliste.Arbeidsflatetall;
import no.nir.personliste.Fristtall;
import no.nir.personliste.PersonlisteKriterier;
import no.nir.personliste.PersonlisteRad;
import no.nir.personliste.PersonlisteService;
import no.nir.personliste.PersonlisteSortering;
import no.nir.test.Deployments;
import no.nir.test.Navn;
import no.nir.test.Som;
import no.nir.test.Testdata;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Counts are compared before and after this test's own data, since other tests add persons too. */
@ExtendWith(ArquillianExtension.class)
class ArbeidsflateServiceIT {

    /** The application's clock (Europe/Oslo): "today" here is the service's today at any hour. */
    @Inject
    Clock klokke;

    private static final LocalDate FODT = LocalDate.of(1991, 1, 1);
    private static final LocalDate TILLATELSE = LocalDate.of(2024, 4, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(ArbeidsflateServiceIT.class);
    }

    @EJB
    ArbeidsflateService service;

    @EJB
    PersonlisteService personlisteService;

    @EJB
    Testdata testdata;

    private List<String> fornavn(PersonlisteKriterier kriterier, String etternavn) throws Exception {
        return Som.bruker("les", () -> personlisteService.side(kriterier.medPerson(null, etternavn),
                PersonlisteSortering.NAVN, false, 0, 50)).stream().map(PersonlisteRad::fornavn).sorted().toList();
    }

    private static long frister(Arbeidsflatetall tall, KategoriType kategori) {
        return tall.frister().stream().filter(f -> f.kategori() == kategori).mapToLong(Fristtall::antall).sum();
    }

    @Test
    void tallForEgenKommuneOgLenketListe() throws Exception {
        Arbeidsflatetall for_ = Som.bruker("les", () -> service.tall());
        Arbeidsflatetall bergenFor = Som.bruker("bergen", () -> service.tall());
        String navn = Navn.unikt("Flate");
        long med = testdata.mottaksbeboer("4204", "Rune", navn, FODT, TILLATELSE);
        testdata.mottaksbeboer("4204", "Siri", navn, FODT, TILLATELSE);
        testdata.mottaksbeboer("4204", "Tor", navn, FODT, TILLATELSE);
        testdata.tiltak(testdata.ordningId(med, OrdningType.KVALIFISERING_MOTTAKSBEBOERE));
        testdata.ordningStatus(testdata.ordningId(med, OrdningType.KOMPETANSEKARTLEGGING), OrdningStatus.AKTIV,
                LocalDate.now(klokke).plusDays(ArbeidsflateService.FRIST_DAGER));
        long inaktiv = testdata.mottaksbeboer("4204", "Ulf", navn, FODT, TILLATELSE);
        testdata.ordningStatus(testdata.ordningId(inaktiv, OrdningType.KOMPETANSEKARTLEGGING), OrdningStatus.INAKTIV,
                LocalDate.now(klokke).plusDays(3));

        Arbeidsflatetall etter = Som.bruker("les", () -> service.tall());
        assertEquals(for_.medTiltak() + 1, etter.medTiltak());
        assertEquals(for_.utenTiltak() + 3, etter.utenTiltak());
        assertEquals(frister(for_, KategoriType.KVALIFISERING_I_MOTTAK) + 1, frister(etter, KategoriType.KVALIFISERING_I_MOTTAK));
        assertEquals(ArbeidsflateService.FRIST_DAGER, etter.fristDager());

        // The list each link opens holds exactly the persons made above that belong in it, by name.
        assertEquals(List.of("Rune"), fornavn(PersonlisteKriterier.tiltak(true), navn));
        assertEquals(List.of("Siri", "Tor", "Ulf"), fornavn(PersonlisteKriterier.tiltak(false), navn));
        assertEquals(List.of("Rune"), fornavn(PersonlisteKriterier.frist(KategoriType.KVALIFISERING_I_MOTTAK,
                ArbeidsflateService.FRIST_DAGER), navn), "Ulf's frist is on an inactive ordning");

        Arbeidsflatetall bergenEtter = Som.bruker("bergen", () -> service.tall());
        assertEquals(bergenFor, bergenEtter, "andre kommuner ser ikke endringen");
        Arbeidsflatetall imdi = Som.bruker("imdi", () -> service.tall());
        assertTrue(imdi.utenTiltak() >= etter.utenTiltak(), "IMDi counts every kommune");
        assertThrows(EJBAccessException.class, () -> Som.bruker("bosetting", () -> service.tall()));
    }
}
