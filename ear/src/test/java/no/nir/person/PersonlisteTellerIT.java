package no.nir.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.nir.ordning.KategoriType;
import no.nir.ordning.OrdningType;
import no.nir.personliste.ArbeidsflateService;
import no.nir.personliste.Arbeidsflatetall;
import no.nir.personliste.PersonlisteKriterier;
import no.nir.personliste.PersonlisteRad;
import no.nir.personliste.PersonlisteService;
import no.nir.personliste.PersonlisteSortering;
import no.nir.test.Deployments;
import no.nir.test.Navn;
import no.nir.test.Som;
import no.nir.test.Testdata;
import no.nir.tiltak.TiltakService;
import no.nir.tiltak.TiltakSkjema;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The list lines and counts the database keeps (V10: personlinje, personliste_antall) follow every
 * change at once: a tiltak saved or deleted through the service, a beregning that closes and opens
 * kategorier. Counts are compared before and after, since other tests add persons too; the tables
 * are also checked whole against the ordninger and tiltak they are kept from.
 */
@ExtendWith(ArquillianExtension.class)
class PersonlisteTellerIT {

    private static final LocalDate FODT = LocalDate.of(1992, 2, 2);
    private static final LocalDate TILLATELSE = LocalDate.of(2024, 6, 3);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(PersonlisteTellerIT.class);
    }

    @EJB
    PersonlisteService service;

    @EJB
    ArbeidsflateService arbeidsflate;

    @EJB
    TiltakService tiltakService;

    @EJB
    Testdata testdata;

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    private static final PersonlisteKriterier KIM =
            PersonlisteKriterier.kategori(Lovverk.INTEGRERINGSLOVEN, KategoriType.KVALIFISERING_I_MOTTAK);
    private static final PersonlisteKriterier INTRO =
            PersonlisteKriterier.kategori(Lovverk.INTEGRERINGSLOVEN, KategoriType.INTRODUKSJONSPROGRAM);

    private long antall(PersonlisteKriterier kriterier) throws Exception {
        return Som.bruker("les", () -> service.antall(kriterier));
    }

    private List<Long> ordningerUten(String navn) throws Exception {
        return Som.bruker("les", () -> service.side(PersonlisteKriterier.tiltak(false).medPerson(null, navn),
                PersonlisteSortering.DUF, false, 0, 10)).stream().map(PersonlisteRad::ordningId).toList();
    }

    @Test
    void tiltakLagretOgSlettetEndrerListeOgTallMedEnGang() throws Exception {
        String navn = Navn.unikt("Teller");
        long person = testdata.mottaksbeboer("4204", "Vilde", navn, FODT, TILLATELSE);
        long ordning = testdata.ordningId(person, OrdningType.KVALIFISERING_MOTTAKSBEBOERE);
        Arbeidsflatetall for_ = Som.bruker("les", () -> arbeidsflate.tall());
        assertEquals(List.of(ordning), ordningerUten(navn));

        LocalDate fra = testdata.ordningFra(ordning);
        long tiltak = Som.bruker("skriv", () -> tiltakService.registrer(ordning, new TiltakSkjema("NORSK_SAMF",
                "NORSKOPPLAERING", false, fra, fra.plusDays(6), BigDecimal.TEN, null, null)));

        Arbeidsflatetall lagret = Som.bruker("les", () -> arbeidsflate.tall());
        assertEquals(for_.medTiltak() + 1, lagret.medTiltak());
        assertEquals(for_.utenTiltak() - 1, lagret.utenTiltak());
        assertEquals(List.of(), ordningerUten(navn), "listen uten tiltak mister linjen med en gang");
        assertEquals(List.of(ordning), Som.bruker("les", () -> service.side(PersonlisteKriterier.tiltak(true)
                .medPerson(null, navn), PersonlisteSortering.NAVN, true, 0, 10)).stream()
                .map(PersonlisteRad::ordningId).toList());

        long versjon = Som.bruker("skriv", () -> tiltakService.tiltak(tiltak).version());
        Som.bruker("skriv", () -> {
            tiltakService.slett(tiltak, versjon);
            return null;
        });
        assertEquals(for_, Som.bruker("les", () -> arbeidsflate.tall()), "et slettet tiltak teller ikke");
        assertEquals(List.of(ordning), ordningerUten(navn));
        assertTabelleneStemmer();
    }

    @Test
    void beregningFlytterLinjerOgTall() throws Exception {
        String navn = Navn.unikt("Bosatt");
        long kimFor = antall(KIM);
        long introFor = antall(INTRO);
        long person = testdata.mottaksbeboer("4204", "Ylva", navn, FODT, TILLATELSE);
        assertEquals(kimFor + 2, antall(KIM), "Kvalifisering for mottaksbeboere og Kompetansekartlegging");

        testdata.bosettMottaksbeboer(person, LocalDate.now().minusDays(1));
        assertEquals(kimFor, antall(KIM), "kategorien lukkes ved bosetting");
        assertTrue(antall(INTRO) > introFor, "introduksjonsprogrammet åpnes");
        assertEquals(antall(INTRO) - introFor, Som.bruker("les", () -> service.antall(INTRO.medPerson(null, navn))),
                "tallet fra tellerne er det samme som listens egne linjer");
        assertTabelleneStemmer();
    }

    /** Every open ordning has its line, and every count is the number of its lines. */
    private void assertTabelleneStemmer() {
        assertEquals(0L, tall("select count(*) from ordning o full join personlinje l on l.id = o.id"
                + " where (o.til_dato is null and o.id is not null) is distinct from (l.id is not null)"
                + " or (l.id is not null and (l.har_tiltak <> exists (select 1 from tiltak t where t.ordning_id = l.id"
                + " and t.slettet_tid is null) or l.oppfolgingskommune_nummer <> o.oppfolgingskommune_nummer"
                + " or l.status <> o.status))"), "personlinje = de åpne ordningene");
        assertEquals(0L, tall("select count(*) from (select kategori_type, type, har_tiltak, oppfolgingskommune_nummer,"
                + " bydel_nummer, count(*) as antall from personlinje group by 1, 2, 3, 4, 5) l"
                + " full join (select * from personliste_antall where antall <> 0) a"
                + " on (a.kategori_type, a.type, a.har_tiltak, a.oppfolgingskommune_nummer)"
                + " = (l.kategori_type, l.type, l.har_tiltak, l.oppfolgingskommune_nummer)"
                + " and a.bydel_nummer is not distinct from l.bydel_nummer"
                + " where a.antall is distinct from l.antall"), "personliste_antall = antall linjer");
        assertEquals(0L, tall("select count(*) from personliste_antall_endring"), "ingen endringer igjen etter commit");
    }

    private long tall(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
