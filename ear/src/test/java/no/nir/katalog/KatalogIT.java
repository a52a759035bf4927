package no.nir.katalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.nir.test.Deployments;
import no.nir.test.Transaksjon;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tiltakskatalog in the database, read through the entities, is the catalogue file (SPEC §2). */
@ExtendWith(ArquillianExtension.class)
class KatalogIT {

    /** The application's clock (Europe/Oslo): "today" here is the service's today at any hour. */
    @Inject
    Clock klokke;


    @Deployment
    static EnterpriseArchive d() {
        return Deployments.medTester(KatalogIT.class);
    }

    @EJB
    Transaksjon tx;

    @Test
    void trettisekstyperIFemGrupper() {
        long typer = tx.lesFraDatabasen(em -> em.createQuery("select count(t) from Tiltakstype t", Long.class)
                .getSingleResult());
        long grupper = tx.lesFraDatabasen(em -> em.createQuery("select count(g) from Tiltaksgruppe g", Long.class)
                .getSingleResult());
        assertEquals(36, typer);
        assertEquals(5, grupper);
    }

    /**
     * The guide's groups in its order, and the first and last type of the catalogue with every field,
     * written out here by hand rather than read through the parser that loaded them.
     */
    @Test
    void gruppeneOgStikkproverAvTypene() {
        assertEquals(List.of("NORSK_SAMF Opplæring i norsk og samfunnskunnskap",
                        "LIVSM_FORELDRE Livsmestring og foreldreveiledning", "ARBEID Arbeidsrettede tiltak",
                        "UTDANNING Utdanningsrettede tiltak", "ANDRE Andre integreringstiltak"),
                tx.lesFraDatabasen(em -> em.createQuery("select g from Tiltaksgruppe g order by g.sortering",
                        Tiltaksgruppe.class).getResultStream().map(g -> g.getKode() + " " + g.getNavn()).toList()));
        List<List<Object>> forsteOgSiste = tx.lesFraDatabasen(em -> em.createQuery(
                        "select t from Tiltakstype t join fetch t.gruppe order by t.sortering", Tiltakstype.class)
                .getResultStream()
                .map(t -> List.<Object>of(t.getGruppe().getKode(), t.getKode(), t.getNavn(), t.isKreverGjennomforing(),
                        t.isKreverMottattTilbud(), t.getVeiledning()))
                .toList());
        assertEquals(List.of("NORSK_SAMF", "NORSKOPPLAERING", "Norskopplæring", false, false,
                "Norskopplæring i henhold til læreplanen i norsk og samfunnskunnskap for voksne innvandrere"),
                forsteOgSiste.get(0));
        assertEquals(List.of("ANDRE", "BARN_OG_FAMILIE", "Tiltak knyttet til barn og familie", false, false,
                "Omfatter tiltak rettet mot barn og familie som ikke faller inn under foreldreveiledning, men som er"
                        + " nødvendig for å sikre helhetlig oppfølging for familier med store omsorgsforpliktelser"),
                forsteOgSiste.get(forsteOgSiste.size() - 1));
    }

    @Test
    void alleTyperKanVelgesIDag() {
        LocalDate idag = LocalDate.now(klokke);
        List<Boolean> gjeldende = tx.lesFraDatabasen(em -> em.createQuery("select t from Tiltakstype t",
                Tiltakstype.class).getResultStream().map(t -> t.kanVelgesPa(idag)).toList());
        assertEquals(36, gjeldende.size());
        assertTrue(gjeldende.stream().allMatch(Boolean::booleanValue), "alle typer kan velges i dag");
    }

    /** Gjennomføring belongs to the two Livsmestring og foreldreveiledning types, mottatt tilbud to one. */
    @Test
    void gjennomforingOgMottattTilbudPaRiktigeTyper() {
        assertEquals(List.of("FORELDREVEILEDNING", "LIVSMESTRING"), tx.lesFraDatabasen(em -> em.createQuery(
                "select t.kode from Tiltakstype t where t.kreverGjennomforing = true order by t.kode", String.class)
                .getResultList()));
        assertEquals(List.of("OMSORGSPERMISJON"), tx.lesFraDatabasen(em -> em.createQuery(
                "select t.kode from Tiltakstype t where t.kreverMottattTilbud = true", String.class)
                .getResultList()));
    }
}
