package no.nir.ordning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.nir.person.Lovverk;
import no.nir.test.Deployments;
import no.nir.test.Som;
import no.nir.test.Testdata;
import no.nir.tilgang.IngenTilgangException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Kategorier and ordninger of the person pages: overview, menu, one ordning, scope. */
@ExtendWith(ArquillianExtension.class)
class OrdningServiceIT {

    /** The application's clock (Europe/Oslo): "today" here is the service's today at any hour. */
    @Inject
    Clock klokke;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(OrdningServiceIT.class);
    }

    @EJB
    OrdningService ordningService;

    @EJB
    Testdata testdata;

    private long mottaksbeboer(String kommune, LocalDate tillatelse) {
        return testdata.mottaksbeboer(kommune, "Fatima", "Noor", LocalDate.of(1990, 6, 1), tillatelse);
    }

    @Test
    void oversiktMedKategoriOgOrdninger() throws Exception {
        LocalDate tillatelse = LocalDate.now(klokke).minusMonths(1);
        long id = mottaksbeboer("4204", tillatelse);

        List<KategoriMedOrdninger> kategorier = Som.bruker("les", () -> ordningService.kategorier(id));

        assertEquals(1, kategorier.size());
        assertEquals(KategoriType.KVALIFISERING_I_MOTTAK, kategorier.get(0).kategori().type());
        List<OrdningRad> ordninger = kategorier.get(0).ordninger();
        assertEquals(List.of(OrdningType.KVALIFISERING_MOTTAKSBEBOERE, OrdningType.KOMPETANSEKARTLEGGING),
                ordninger.stream().map(OrdningRad::type).sorted().toList());
        assertTrue(ordninger.stream().allMatch(OrdningRad::erAktiv));
        OrdningRad kartlegging = ordninger.stream().filter(o -> o.type() == OrdningType.KOMPETANSEKARTLEGGING)
                .findFirst().orElseThrow();
        assertEquals(tillatelse.plusMonths(3), kartlegging.frist());
        assertFalse(kartlegging.fristPassert());
    }

    @Test
    void menyetGrupperPaLovverk() throws Exception {
        long id = mottaksbeboer("4204", LocalDate.now(klokke).minusMonths(1));

        List<LovverkOrdninger> meny = Som.bruker("skriv", () -> ordningService.ordningerForMeny(id));

        assertEquals(1, meny.size());
        assertEquals(Lovverk.INTEGRERINGSLOVEN, meny.get(0).lovverk());
        assertEquals(2, meny.get(0).ordninger().size());
    }

    @Test
    void tiltakRegistrertFolgerIkkeSlettedeTiltak() throws Exception {
        long id = mottaksbeboer("4204", LocalDate.now(klokke).minusMonths(2));
        long ordningId = testdata.ordningId(id, OrdningType.KVALIFISERING_MOTTAKSBEBOERE);

        OrdningDetaljer uten = Som.bruker("les", () -> ordningService.ordning(id, ordningId));
        assertEquals(OrdningType.KVALIFISERING_MOTTAKSBEBOERE, uten.type());
        assertEquals(KategoriType.KVALIFISERING_I_MOTTAK, uten.kategori());
        assertEquals(OrdningStatus.AKTIV, uten.status());
        assertEquals("Kristiansand", uten.oppfolgingskommune());
        assertTrue(uten.harTiltak());
        assertFalse(uten.tiltakRegistrert());

        LocalDate fra = LocalDate.now(klokke).minusDays(10);
        long tiltak = testdata.tiltak(ordningId, "NORSKOPPLAERING", fra, fra.plusDays(5), "3");
        assertTrue(Som.bruker("les", () -> ordningService.ordning(id, ordningId)).tiltakRegistrert());

        testdata.slettTiltak(tiltak);
        assertFalse(Som.bruker("les", () -> ordningService.ordning(id, ordningId)).tiltakRegistrert());
    }

    @Test
    void kompetansekartleggingHarIkkeTiltak() throws Exception {
        long id = mottaksbeboer("4204", LocalDate.now(klokke).minusMonths(1));
        long ordningId = testdata.ordningId(id, OrdningType.KOMPETANSEKARTLEGGING);
        assertFalse(Som.bruker("les", () -> ordningService.ordning(id, ordningId)).harTiltak());
    }

    @Test
    void ordningTilEnAnnenPersonAvvises() throws Exception {
        long min = mottaksbeboer("4204", LocalDate.now(klokke).minusMonths(1));
        long annen = mottaksbeboer("4204", LocalDate.now(klokke).minusMonths(1));
        long annensOrdning = testdata.ordningId(annen, OrdningType.KVALIFISERING_MOTTAKSBEBOERE);
        assertThrows(IngenTilgangException.class, () -> Som.bruker("les", () -> ordningService.ordning(min, annensOrdning)));
        assertThrows(IngenTilgangException.class, () -> Som.bruker("les", () -> ordningService.ordning(min, -1L)));
    }

    @Test
    void omradeForHverRolle() throws Exception {
        long id = mottaksbeboer("4204", LocalDate.now(klokke).minusMonths(1));
        long ordningId = testdata.ordningId(id, OrdningType.KVALIFISERING_MOTTAKSBEBOERE);
        for (String bruker : List.of("les", "skriv", "kommuneadmin", "imdi", "region")) {
            assertEquals(1, Som.bruker(bruker, () -> ordningService.kategorier(id)).size(), bruker);
            assertEquals(1, Som.bruker(bruker, () -> ordningService.ordningerForMeny(id)).size(), bruker);
            assertEquals(ordningId, Som.bruker(bruker, () -> ordningService.ordning(id, ordningId)).id(), bruker);
        }
        assertThrows(EJBAccessException.class, () -> Som.bruker("bosetting", () -> ordningService.kategorier(id)));
        assertThrows(EJBAccessException.class, () -> Som.bruker("bosetting", () -> ordningService.ordning(id, ordningId)));
        for (String utenfor : List.of("bergen", "oslo", "gamleoslo", "gruppe")) {
            assertThrows(IngenTilgangException.class, () -> Som.bruker(utenfor, () -> ordningService.kategorier(id)), utenfor);
            assertThrows(IngenTilgangException.class, () -> Som.bruker(utenfor, () -> ordningService.ordningerForMeny(id)), utenfor);
            assertThrows(IngenTilgangException.class, () -> Som.bruker(utenfor, () -> ordningService.ordning(id, ordningId)), utenfor);
        }
    }

    @Test
    void bydelsregelen() throws Exception {
        long gamleOslo = testdata.bosatt("0301", "030101", "Omid", "Sadeghi", LocalDate.of(1992, 4, 4),
                LocalDate.of(2023, 6, 1), LocalDate.of(2023, 9, 1));
        long annenBydel = testdata.bosatt("0301", "030102", "Omid", "Sadeghi", LocalDate.of(1992, 4, 4),
                LocalDate.of(2023, 6, 1), LocalDate.of(2023, 9, 1));
        assertFalse(Som.bruker("gamleoslo", () -> ordningService.kategorier(gamleOslo)).isEmpty());
        assertThrows(IngenTilgangException.class, () -> Som.bruker("gamleoslo", () -> ordningService.kategorier(annenBydel)));
    }
}
