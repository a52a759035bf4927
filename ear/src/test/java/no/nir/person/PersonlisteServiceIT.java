package no.nir.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.nir.ordning.KategoriType;
import no.nir.ordning.OrdningStatus;
import no.nir.ordning.OrdningType;
import no.nir.personliste.Filtervalg;
import no.nir.personliste.Filterverdier;
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

@ExtendWith(ArquillianExtension.class)
class PersonlisteServiceIT {

    /** The application's clock (Europe/Oslo): "today" here is the service's today at any hour. */
    @Inject
    Clock klokke;

    private static final LocalDate FODT = LocalDate.of(1990, 5, 5);
    private static final LocalDate TILLATELSE = LocalDate.of(2024, 2, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(PersonlisteServiceIT.class);
    }

    @EJB
    PersonlisteService service;

    @EJB
    Testdata testdata;

    private static PersonlisteKriterier kvalifisering(String navn) {
        return PersonlisteKriterier.kategori(Lovverk.INTEGRERINGSLOVEN, KategoriType.KVALIFISERING_I_MOTTAK)
                .medPerson(null, navn);
    }

    /** Three mottak residents of Kristiansand aged 34 at permit: each has two ordninger. */
    private List<Long> treIKristiansand(String etternavn) {
        List<Long> ider = new ArrayList<>();
        for (String fornavn : List.of("Åsa", "Bilal", "Chiara")) {
            ider.add(testdata.mottaksbeboer("4204", fornavn, etternavn, FODT, TILLATELSE));
        }
        return ider;
    }

    @Test
    void enLinjePerPersonOgOrdningIKategorien() throws Exception {
        String navn = Navn.unikt("Liste");
        List<Long> ider = treIKristiansand(navn);
        long eldre = testdata.mottaksbeboer("4204", "Dawit", navn, LocalDate.of(1960, 1, 1), TILLATELSE);

        List<PersonlisteRad> rader = Som.bruker("les", () ->
                service.side(kvalifisering(navn), PersonlisteSortering.DUF, false, 0, 100));
        assertEquals(7, rader.size(), "3 personer med to ordninger og en over 55 med én");
        assertEquals(7, Som.bruker("les", () -> service.antall(kvalifisering(navn))));
        assertEquals(1, rader.stream().filter(r -> r.personId() == eldre).count());
        assertTrue(rader.stream().allMatch(r -> r.kategori() == KategoriType.KVALIFISERING_I_MOTTAK
                && r.kategoriFra().equals(TILLATELSE) && !r.inaktiv()));
        assertEquals(4, Som.bruker("les", () -> service.antall(
                kvalifisering(navn).medOrdning(OrdningType.KVALIFISERING_MOTTAKSBEBOERE))));
        assertEquals(3, Som.bruker("les", () -> service.antall(
                kvalifisering(navn).medOrdning(OrdningType.KOMPETANSEKARTLEGGING))));
        PersonlisteRad forste = rader.stream().filter(r -> r.personId() == ider.get(0)).findFirst().orElseThrow();
        assertEquals(testdata.dufNummer(ider.get(0)), forste.duf());
        assertEquals("Åsa", forste.fornavn());
    }

    @Test
    void sideSorteringOgNokkelsider() throws Exception {
        String navn = Navn.unikt("Side");
        treIKristiansand(navn);
        PersonlisteKriterier k = kvalifisering(navn);

        List<PersonlisteRad> side1 = Som.bruker("les", () -> service.side(k, PersonlisteSortering.DUF, false, 0, 4));
        List<PersonlisteRad> side2 = Som.bruker("les", () -> service.side(k, PersonlisteSortering.DUF, false, 4, 4));
        assertEquals(4, side1.size());
        assertEquals(2, side2.size());
        List<PersonlisteRad> alle = new ArrayList<>(side1);
        alle.addAll(side2);
        assertEquals(6, alle.stream().map(PersonlisteRad::ordningId).distinct().count());
        List<String> duf = alle.stream().map(PersonlisteRad::duf).toList();
        assertEquals(duf.stream().sorted().toList(), duf);

        List<PersonlisteRad> navnSynkende = Som.bruker("les", () -> service.side(k, PersonlisteSortering.NAVN, true, 0, 10));
        List<String> fornavn = navnSynkende.stream().map(PersonlisteRad::fornavn).toList();
        assertEquals(List.of("Chiara", "Chiara", "Bilal", "Bilal"),
                fornavn.stream().filter(f -> !f.equals("Åsa")).toList(), "synkende på navn");
        List<PersonlisteRad> ordning = Som.bruker("les", () -> service.side(k, PersonlisteSortering.ORDNING, false, 0, 10));
        assertEquals(OrdningType.KOMPETANSEKARTLEGGING, ordning.get(0).ordning(), "sortert på visningsnavn");
        assertEquals(OrdningType.KVALIFISERING_MOTTAKSBEBOERE, ordning.get(5).ordning());

        // The CSV download's keyset chunks: every line once, in ordning id order.
        List<PersonlisteRad> bit1 = Som.bruker("les", () -> service.eksportside(k, 0, 4));
        long siste = bit1.get(3).ordningId();
        List<PersonlisteRad> bit2 = Som.bruker("les", () -> service.eksportside(k, siste, 4));
        assertEquals(4, bit1.size());
        assertEquals(2, bit2.size());
        List<Long> ider = new ArrayList<>(bit1.stream().map(PersonlisteRad::ordningId).toList());
        ider.addAll(bit2.stream().map(PersonlisteRad::ordningId).toList());
        assertEquals(ider.stream().sorted().toList(), ider);
        assertEquals(6, new HashSet<>(ider).size());
    }

    @Test
    void modusTiltakMedOgUtenRegistrerteTiltak() throws Exception {
        String navn = Navn.unikt("Tiltak");
        List<Long> ider = treIKristiansand(navn);
        testdata.tiltak(testdata.ordningId(ider.get(0), OrdningType.KVALIFISERING_MOTTAKSBEBOERE));
        long slettes = testdata.tiltak(testdata.ordningId(ider.get(1), OrdningType.KVALIFISERING_MOTTAKSBEBOERE));
        testdata.slettTiltak(slettes);

        List<PersonlisteRad> med = Som.bruker("les", () ->
                service.side(PersonlisteKriterier.tiltak(true).medPerson(null, navn), PersonlisteSortering.DUF, false, 0, 10));
        assertEquals(List.of(ider.get(0)), med.stream().map(PersonlisteRad::personId).toList());
        assertEquals(OrdningType.KVALIFISERING_MOTTAKSBEBOERE, med.get(0).ordning());
        List<PersonlisteRad> uten = Som.bruker("les", () ->
                service.side(PersonlisteKriterier.tiltak(false).medPerson(null, navn), PersonlisteSortering.DUF, false, 0, 10));
        assertEquals(Set.of(ider.get(1), ider.get(2)), new HashSet<>(uten.stream().map(PersonlisteRad::personId).toList()),
                "en person per linje; slettede tiltak teller ikke");
        assertEquals(2, Som.bruker("les", () -> service.antall(PersonlisteKriterier.tiltak(false).medPerson(null, navn))));
    }

    @Test
    void filtreDufNavnGeografiFristOgStatus() throws Exception {
        String navn = Navn.unikt("Filter");
        List<Long> ider = treIKristiansand(navn);
        PersonlisteKriterier k = kvalifisering(navn);
        String duf = testdata.dufNummer(ider.get(1));
        String dufMedMellomrom = new DufNummer(duf).visning();

        assertEquals(2, Som.bruker("les", () -> service.antall(k.medPerson(dufMedMellomrom, null))));
        assertEquals(2, Som.bruker("les", () -> service.antall(k.medPerson(duf, navn))));
        assertEquals(6, Som.bruker("les", () -> service.antall(k.medPerson(duf.substring(0, 4), navn))), "prefiks");
        assertEquals(2, Som.bruker("les", () -> service.antall(k.medPerson(null, "ÅSA " + navn.toUpperCase()))),
                "store bokstaver");
        assertEquals(6, Som.bruker("les", () -> service.antall(k.medGeografi("42", null, null))));
        assertEquals(0, Som.bruker("les", () -> service.antall(k.medGeografi("46", null, null))));
        assertEquals(6, Som.bruker("les", () -> service.antall(k.medGeografi(null, "4204", null))));
        assertEquals(0, Som.bruker("region", () -> service.antall(k.medGeografi(null, "4601", null))));
        assertEquals(0, Som.bruker("les", () -> service.antall(k.medGeografi(null, null, "030101"))));

        long kartlegging = testdata.ordningId(ider.get(2), OrdningType.KOMPETANSEKARTLEGGING);
        testdata.ordningStatus(kartlegging, OrdningStatus.AKTIV, LocalDate.now(klokke).plusDays(10));
        long fullfort = testdata.ordningId(ider.get(0), OrdningType.KOMPETANSEKARTLEGGING);
        testdata.ordningStatus(fullfort, OrdningStatus.FULLFORT, LocalDate.now(klokke).plusDays(5));
        List<PersonlisteRad> frist = Som.bruker("les", () -> service.side(k.medFrist(30), PersonlisteSortering.FRIST, false, 0, 10));
        assertEquals(List.of(kartlegging), frist.stream().map(PersonlisteRad::ordningId).toList(), "bare aktive med frist");
        List<PersonlisteRad> alle = Som.bruker("les", () -> service.side(k, PersonlisteSortering.FRIST, false, 0, 10));
        assertTrue(alle.stream().filter(r -> r.ordningId() == fullfort).allMatch(PersonlisteRad::inaktiv));
        assertEquals(1, alle.stream().filter(PersonlisteRad::inaktiv).count());
        // Frister: the third kartlegging's 01.05.2024, then today + 5 and today + 10; no frist last.
        assertEquals(List.of(fullfort, kartlegging), List.of(alle.get(1).ordningId(), alle.get(2).ordningId()),
                "tidligste frist først");
        assertEquals(null, alle.get(5).frist());
    }

    @Test
    void bareApenKategoriOgRiktigLovverk() throws Exception {
        String navn = Navn.unikt("Apen");
        long bosettes = testdata.mottaksbeboer("4204", "Emil", navn, FODT, TILLATELSE);
        testdata.mottaksbeboer("4204", "Fatima", navn, FODT, TILLATELSE);
        testdata.bosett(bosettes, "4204", LocalDate.of(2024, 9, 1));
        long gammel = testdata.bosatt("4204", null, "Gunnar", navn, FODT, LocalDate.of(2019, 6, 1), LocalDate.of(2019, 9, 1));

        List<PersonlisteRad> mottak = Som.bruker("les", () ->
                service.side(kvalifisering(navn), PersonlisteSortering.DUF, false, 0, 10));
        assertTrue(mottak.stream().noneMatch(r -> r.personId() == bosettes), "lukket kategori vises ikke");
        assertEquals(2, mottak.size());
        List<PersonlisteRad> intro = Som.bruker("les", () -> service.side(
                PersonlisteKriterier.kategori(Lovverk.INTEGRERINGSLOVEN, KategoriType.INTRODUKSJONSPROGRAM).medPerson(null, navn),
                PersonlisteSortering.DUF, false, 0, 10));
        assertTrue(intro.stream().allMatch(r -> r.personId() == bosettes));
        assertFalse(intro.isEmpty());
        List<PersonlisteRad> introduksjonsloven = Som.bruker("les", () -> service.side(
                new PersonlisteKriterier(Lovverk.INTRODUKSJONSLOVEN, PersonlisteKriterier.Modus.KATEGORI, null, false,
                        null, null, null, null, null, navn, null), PersonlisteSortering.DUF, false, 0, 10));
        assertFalse(introduksjonsloven.isEmpty());
        assertTrue(introduksjonsloven.stream().allMatch(r -> r.personId() == gammel
                && r.kategori().lovverk() == Lovverk.INTRODUKSJONSLOVEN));
    }

    @Test
    void omfangForHverRolle() throws Exception {
        String navn = Navn.unikt("Omfang");
        treIKristiansand(navn);
        testdata.mottaksbeboer("4601", "Hanna", navn, FODT, TILLATELSE);
        long gamleOslo = testdata.bosatt("0301", "030101", "Ivar", navn, FODT, TILLATELSE, LocalDate.of(2024, 8, 1));
        long sagene = testdata.bosatt("0301", "030103", "Jon", navn, FODT, TILLATELSE, LocalDate.of(2024, 8, 1));
        PersonlisteKriterier mottak = kvalifisering(navn);
        PersonlisteKriterier intro = PersonlisteKriterier.kategori(Lovverk.INTEGRERINGSLOVEN, KategoriType.INTRODUKSJONSPROGRAM)
                .medPerson(null, navn);

        for (String bruker : List.of("les", "skriv", "kommuneadmin")) {
            assertEquals(6, Som.bruker(bruker, () -> service.antall(mottak)), bruker);
            assertEquals(0, Som.bruker(bruker, () -> service.antall(intro)), bruker);
        }
        assertEquals(2, Som.bruker("bergen", () -> service.antall(mottak)));
        assertEquals(8, Som.bruker("region", () -> service.antall(mottak)));
        assertEquals(8, Som.bruker("imdi", () -> service.antall(mottak)));
        assertEquals(6, Som.bruker("imdi", () -> service.antall(intro)));
        assertEquals(3, Som.bruker("imdi", () -> service.antall(intro.medGeografi(null, null, "030101"))));
        assertEquals(6, Som.bruker("oslo", () -> service.antall(intro)));
        List<PersonlisteRad> bydel = Som.bruker("gamleoslo", () -> service.side(intro, PersonlisteSortering.DUF, false, 0, 10));
        assertEquals(Set.of(gamleOslo), new HashSet<>(bydel.stream().map(PersonlisteRad::personId).toList()));
        assertEquals(0, Som.bruker("gamleoslo", () -> service.antall(intro.medGeografi(null, null, "030103"))));
        assertTrue(bydel.stream().noneMatch(r -> r.personId() == sagene));
        assertEquals(0, Som.bruker("gamleoslo", () -> service.antall(mottak)));
        assertThrows(EJBAccessException.class, () -> Som.bruker("bosetting", () -> service.antall(mottak)));
        assertThrows(EJBAccessException.class, () -> Som.bruker("bosetting", () -> service.filterverdier()));
    }

    @Test
    void filterverdierInnenforOmfang() throws Exception {
        Filterverdier les = Som.bruker("les", () -> service.filterverdier());
        assertEquals(List.of("4204"), les.kommuner().stream().map(Filtervalg::nummer).toList());
        assertEquals(List.of("42"), les.fylker().stream().map(Filtervalg::nummer).toList());
        assertTrue(les.bydeler().isEmpty());

        Filterverdier region = Som.bruker("region", () -> service.filterverdier());
        assertEquals(Set.of("4204", "4601"), new HashSet<>(region.kommuner().stream().map(Filtervalg::nummer).toList()));
        assertEquals(Set.of("42", "46"), new HashSet<>(region.fylker().stream().map(Filtervalg::nummer).toList()));

        Filterverdier gamleoslo = Som.bruker("gamleoslo", () -> service.filterverdier());
        assertEquals(List.of("030101"), gamleoslo.bydeler().stream().map(Filtervalg::nummer).toList());
        Filterverdier oslo = Som.bruker("oslo", () -> service.filterverdier());
        assertTrue(oslo.bydeler().size() > 10);
        assertTrue(oslo.bydeler().stream().allMatch(b -> b.overordnet().equals("0301")));

        Filterverdier imdi = Som.bruker("imdi", () -> service.filterverdier());
        assertEquals(357, imdi.kommuner().size());
        assertEquals(15, imdi.fylker().size());
    }
}
