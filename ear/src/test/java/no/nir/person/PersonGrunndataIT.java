package no.nir.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.nir.grunndata.GrunndataService;
import no.nir.grunndata.PersonGrunndata;
import no.nir.ordning.KategoriRad;
import no.nir.ordning.KategoriType;
import no.nir.test.Deployments;
import no.nir.test.Som;
import no.nir.test.Testdata;
import no.nir.tilgang.IngenTilgangException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Grunndata and the header of the person pages: content, scope for every role, innsynslogg. */
@ExtendWith(ArquillianExtension.class)
class PersonGrunndataIT {

    /** The application's clock (Europe/Oslo): "today" here is the service's today at any hour. */
    @Inject
    Clock klokke;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(PersonGrunndataIT.class);
    }

    @EJB
    GrunndataService grunndataService;

    @EJB
    PersonService personService;

    @EJB
    Testdata testdata;

    @Test
    void grunndataViserIdentitetMottakOgKategori() throws Exception {
        LocalDate tillatelse = LocalDate.now(klokke).minusMonths(2);
        long id = testdata.mottaksbeboer("4204", "Amina", "Yusuf", LocalDate.of(1991, 5, 17), tillatelse);

        PersonGrunndata g = Som.bruker("les", () -> grunndataService.grunndata(id));

        assertEquals(testdata.dufNummer(id), g.dufNummer().verdi());
        assertEquals("Amina", g.fornavn());
        assertEquals("Yusuf", g.etternavn());
        assertEquals(LocalDate.of(1991, 5, 17), g.fodselsdato());
        assertEquals(Kjonn.K, g.kjonn());
        assertEquals("Syria", g.statsborgerskap());
        assertEquals(tillatelse, g.tillatelsesdato());
        assertNull(g.bosettingsdato());
        assertNull(g.fodselsnummer());
        assertEquals(Lovverk.INTEGRERINGSLOVEN, g.lovverk());
        assertEquals("Kristiansand", g.vertskommune());
        assertEquals("Kristiansand", g.oppfolgingskommune());
        assertTrue(g.mottak() != null && !g.mottak().isBlank());
        assertEquals(List.of(KategoriType.KVALIFISERING_I_MOTTAK), g.kategorier().stream().map(KategoriRad::type).toList());
        assertTrue(g.kategorier().get(0).erApen());
    }

    @Test
    void apneKategorierForstEtterBosetting() throws Exception {
        long id = testdata.mottaksbeboer("4204", "Yonas", "Gebre", LocalDate.of(1994, 1, 1), LocalDate.now(klokke).minusYears(1));
        testdata.bosettMottaksbeboer(id, LocalDate.now(klokke).minusMonths(1));

        List<KategoriRad> kategorier = Som.bruker("les", () -> grunndataService.grunndata(id)).kategorier();

        assertTrue(kategorier.size() >= 2, "Kvalifisering i mottak lukket og minst én ny: " + kategorier);
        KategoriRad sist = kategorier.get(kategorier.size() - 1);
        assertEquals(KategoriType.KVALIFISERING_I_MOTTAK, sist.type());
        assertEquals(LocalDate.now(klokke).minusMonths(1), sist.til());
        assertTrue(kategorier.subList(0, kategorier.size() - 1).stream().allMatch(KategoriRad::erApen));
    }

    @Test
    void aapningSkriverInnsynslogg() throws Exception {
        long id = testdata.mottaksbeboer("4204", "Hana", "Ali", LocalDate.of(1988, 8, 8), LocalDate.now(klokke).minusMonths(1));
        assertEquals(0, testdata.personLest("skriv", id));

        Som.bruker("skriv", () -> grunndataService.grunndata(id));
        Som.bruker("skriv", () -> grunndataService.grunndata(id));

        assertEquals(2, testdata.personLest("skriv", id));
        // The header of the other pages is not an opening of the person.
        Som.bruker("skriv", () -> personService.personHode(id));
        assertEquals(2, testdata.personLest("skriv", id));
    }

    @Test
    void avvistAapningSkriverIkkeInnsynslogg() throws Exception {
        long id = testdata.mottaksbeboer("4204", "Nadia", "Omar", LocalDate.of(1990, 1, 1), LocalDate.now(klokke).minusMonths(1));
        assertThrows(IngenTilgangException.class, () -> Som.bruker("bergen", () -> grunndataService.grunndata(id)));
        assertEquals(0, testdata.personLest("bergen", id));
    }

    @Test
    void grunndataForHverRolle() throws Exception {
        long id = testdata.mottaksbeboer("4204", "Samir", "Haddad", LocalDate.of(1993, 3, 3), LocalDate.now(klokke).minusMonths(1));
        for (String bruker : List.of("les", "skriv", "kommuneadmin", "imdi", "region")) {
            assertEquals("Samir", Som.bruker(bruker, () -> grunndataService.grunndata(id)).fornavn(), bruker);
        }
        assertThrows(EJBAccessException.class, () -> Som.bruker("bosetting", () -> grunndataService.grunndata(id)));
        for (String utenfor : List.of("bergen", "oslo", "gamleoslo", "gruppe")) {
            assertThrows(IngenTilgangException.class, () -> Som.bruker(utenfor, () -> grunndataService.grunndata(id)), utenfor);
        }
    }

    @Test
    void ukjentIdAvvisesSomUtenforOmrade() {
        assertThrows(IngenTilgangException.class, () -> Som.bruker("imdi", () -> grunndataService.grunndata(-1L)));
        assertThrows(IngenTilgangException.class, () -> Som.bruker("les", () -> personService.personHode(-1L)));
    }

    @Test
    void bydelsbrukerSerBareEgenBydel() throws Exception {
        long gamleOslo = testdata.bosatt("0301", "030101", "Ali", "Rahimi", LocalDate.of(1990, 2, 2),
                LocalDate.of(2023, 1, 10), LocalDate.of(2023, 3, 1));
        long grunerlokka = testdata.bosatt("0301", "030102", "Reza", "Karimi", LocalDate.of(1990, 2, 2),
                LocalDate.of(2023, 1, 10), LocalDate.of(2023, 3, 1));

        assertEquals("Gamle Oslo", Som.bruker("gamleoslo", () -> grunndataService.grunndata(gamleOslo)).bydel());
        assertThrows(IngenTilgangException.class, () -> Som.bruker("gamleoslo", () -> grunndataService.grunndata(grunerlokka)));
        assertThrows(IngenTilgangException.class, () -> Som.bruker("gamleoslo", () -> personService.personHode(grunerlokka)));
        // A user of the kommune without a bydel sees every bydel.
        Som.bruker("oslo", () -> grunndataService.grunndata(grunerlokka));
    }

    @Test
    void hodeForAlleSomKanAapneEnPersonside() throws Exception {
        long id = testdata.mottaksbeboer("4204", "Layla", "Hassan", LocalDate.of(1999, 9, 9), LocalDate.now(klokke).minusMonths(1));
        for (String bruker : List.of("les", "skriv", "kommuneadmin", "bosetting", "imdi")) {
            PersonHode hode = Som.bruker(bruker, () -> personService.personHode(id));
            assertEquals("Layla Hassan", hode.fulltNavn(), bruker);
            assertEquals(LocalDate.of(1999, 9, 9), hode.fodselsdato());
        }
        long iBergen = testdata.mottaksbeboer("4601", "Sami", "Idris", LocalDate.of(1999, 9, 9), LocalDate.now(klokke).minusMonths(1));
        assertThrows(IngenTilgangException.class, () -> Som.bruker("bosetting", () -> personService.personHode(iBergen)));
    }
}
