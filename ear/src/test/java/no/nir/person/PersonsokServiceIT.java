package no.nir.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.List;
import no.nir.ordning.KategoriType;
import no.nir.personliste.AvansertSok;
import no.nir.personliste.PersonsokResultat;
import no.nir.personliste.PersonsokService;
import no.nir.personliste.PersonsokTreff;
import no.nir.test.Deployments;
import no.nir.test.Navn;
import no.nir.test.Som;
import no.nir.test.Testdata;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class PersonsokServiceIT {

    private static final LocalDate FODT = LocalDate.of(1987, 3, 9);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(PersonsokServiceIT.class);
    }

    @EJB
    PersonsokService service;

    @EJB
    Testdata testdata;

    private static List<Long> ider(PersonsokResultat resultat) {
        return resultat.treff().stream().map(PersonsokTreff::personId).toList();
    }

    private static AvansertSok avansert(String fornavn, String etternavn, String kommune, KategoriType kategori) {
        return new AvansertSok(null, null, null, null, null, fornavn, etternavn, kommune, kategori);
    }

    @Test
    void hvertSokefelt() throws Exception {
        String etternavn = Navn.unikt("Søk");
        long id = testdata.mottaksbeboer("4204", "Éléonore", etternavn, FODT, LocalDate.of(2024, 3, 1));
        String fnr = String.format("7%010d", System.nanoTime() % 10_000_000_000L);
        String reg = "REG-" + etternavn;
        String unhcr = "UNHCR/" + etternavn;
        testdata.identifikatorer(id, fnr, reg, unhcr);
        String duf = testdata.dufNummer(id);

        for (String sok : List.of(duf, new DufNummer(duf).visning(), " " + duf + " ", fnr, reg, unhcr,
                "eleonore", "ELEONORE " + etternavn, etternavn.toLowerCase() + " éléo", "Éléonore")) {
            PersonsokResultat resultat = Som.bruker("les", () -> service.sok(sok));
            assertTrue(ider(resultat).contains(id), sok);
            if (!sok.toLowerCase().startsWith("el") && !sok.startsWith("É")) {
                assertEquals(List.of(id), ider(resultat), sok);
            }
        }
        PersonsokTreff treff = Som.bruker("les", () -> service.sok(duf)).treff().get(0);
        assertEquals(new DufNummer(duf).visning(), treff.dufVisning());
        assertEquals("Kristiansand", treff.oppfolgingskommune());
        assertEquals(FODT, treff.fodselsdato());
        assertTrue(ider(Som.bruker("les", () -> service.sok("09.03.1987"))).contains(id));
        assertTrue(Som.bruker("les", () -> service.sok("ukjent " + etternavn)).treff().isEmpty());
        assertTrue(Som.bruker("les", () -> service.sok("   ")).treff().isEmpty());
        // % and _ are letters to search for, not LIKE wildcards: with them unescaped both would find the person.
        String medProsent = etternavn.substring(0, etternavn.length() - 3) + "%";
        String medUnderstrek = etternavn.substring(0, etternavn.length() - 1) + "_";
        assertTrue(ider(Som.bruker("les", () -> service.sok(medProsent))).isEmpty(), medProsent);
        assertTrue(ider(Som.bruker("les", () -> service.sok(medUnderstrek))).isEmpty(), medUnderstrek);
        assertTrue(ider(Som.bruker("les", () -> service.sok("%"))).isEmpty());
    }

    @Test
    void avansertSok() throws Exception {
        String etternavn = Navn.unikt("Avansert");
        long id = testdata.mottaksbeboer("4204", "Karim", etternavn, FODT, LocalDate.of(2024, 3, 1));
        long annen = testdata.mottaksbeboer("4204", "Leila", etternavn, FODT, LocalDate.of(2024, 3, 1));

        assertEquals(List.of(id), ider(Som.bruker("les", () -> service.avansert(avansert("karim", etternavn, null, null)))));
        assertEquals(2, ider(Som.bruker("les", () -> service.avansert(avansert(null, etternavn, "4204", null)))).size());
        assertTrue(Som.bruker("region", () -> service.avansert(avansert(null, etternavn, "4601", null))).treff().isEmpty());
        assertEquals(2, Som.bruker("les", () -> service.avansert(
                avansert(null, etternavn, null, KategoriType.KVALIFISERING_I_MOTTAK))).treff().size());
        assertTrue(Som.bruker("les", () -> service.avansert(
                avansert(null, etternavn, null, KategoriType.INTRODUKSJONSPROGRAM))).treff().isEmpty());
        assertTrue(Som.bruker("les", () -> service.avansert(avansert("karim", null, null, null))).treff().stream()
                .noneMatch(t -> t.personId() == annen));
        AvansertSok medDato = new AvansertSok(new DufNummer(testdata.dufNummer(annen)).visning(), null, null, null, FODT,
                null, etternavn, null, null);
        assertEquals(List.of(annen), ider(Som.bruker("les", () -> service.avansert(medDato))));
        AvansertSok feilDato = new AvansertSok(null, null, null, null, FODT.plusDays(1), null, etternavn, null, null);
        assertTrue(Som.bruker("les", () -> service.avansert(feilDato)).treff().isEmpty());
        assertTrue(Som.bruker("les", () -> service.avansert(new AvansertSok(null, null, null, null, null, " ", null, null, null)))
                .treff().isEmpty());
    }

    @Test
    void omfangForHverRolle() throws Exception {
        String etternavn = Navn.unikt("Rolle");
        long kristiansand = testdata.mottaksbeboer("4204", "Mona", etternavn, FODT, LocalDate.of(2024, 3, 1));
        long bergen = testdata.mottaksbeboer("4601", "Nora", etternavn, FODT, LocalDate.of(2024, 3, 1));
        long gamleOslo = testdata.bosatt("0301", "030101", "Odd", etternavn, FODT, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 1));
        long frogner = testdata.bosatt("0301", "030105", "Per", etternavn, FODT, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 1));

        for (String bruker : List.of("les", "skriv", "kommuneadmin")) {
            assertEquals(List.of(kristiansand), ider(Som.bruker(bruker, () -> service.sok(etternavn))), bruker);
        }
        assertEquals(List.of(bergen), ider(Som.bruker("bergen", () -> service.sok(etternavn))));
        assertEquals(List.of(bergen), ider(Som.bruker("gruppe", () -> service.sok(etternavn))));
        assertEquals(2, Som.bruker("region", () -> service.sok(etternavn)).treff().size());
        assertEquals(4, Som.bruker("imdi", () -> service.sok(etternavn)).treff().size());
        assertEquals(2, Som.bruker("oslo", () -> service.sok(etternavn)).treff().size());
        assertEquals(List.of(gamleOslo), ider(Som.bruker("gamleoslo", () -> service.sok(etternavn))));
        assertTrue(Som.bruker("gamleoslo", () -> service.sok(testdata.dufNummer(frogner))).treff().isEmpty());
        assertTrue(Som.bruker("les", () -> service.sok(testdata.dufNummer(bergen))).treff().isEmpty());
        assertFalse(Som.bruker("imdi", () -> service.sok(testdata.dufNummer(bergen))).treff().isEmpty());
        assertThrows(EJBAccessException.class, () -> Som.bruker("bosetting", () -> service.sok(etternavn)));
        assertThrows(EJBAccessException.class, () -> Som.bruker("bosetting",
                () -> service.avansert(avansert(null, etternavn, null, null))));
    }
}
