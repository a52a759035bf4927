package no.nir.katalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.nir.plattform.migrering.CsvFil;
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

    private static final String FIL = "/db/data/tiltakskatalog.csv";

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

    /** Codes, names, guidance texts, flags and order, line by line as in the file. */
    @Test
    void typeneErFilensLinjerIFilensRekkefolge() {
        List<List<Object>> fraFil = new ArrayList<>();
        for (CsvFil.Rad rad : CsvFil.les(KatalogIT.class.getResourceAsStream(FIL), FIL).rader()) {
            fraFil.add(List.of(rad.get("gruppekode"), rad.get("tiltaksgruppe"), rad.get("typekode"),
                    rad.get("tiltakstype"), rad.jaNei("krever_gjennomforing"), rad.jaNei("krever_mottatt_tilbud"),
                    rad.get("veiledning")));
        }
        List<List<Object>> fraDatabasen = tx.lesFraDatabasen(em -> em.createQuery(
                        "select t from Tiltakstype t join fetch t.gruppe order by t.sortering", Tiltakstype.class)
                .getResultStream()
                .map(t -> List.<Object>of(t.getGruppe().getKode(), t.getGruppe().getNavn(), t.getKode(), t.getNavn(),
                        t.isKreverGjennomforing(), t.isKreverMottattTilbud(), t.getVeiledning()))
                .toList());
        assertEquals(36, fraFil.size());
        assertEquals(fraFil, fraDatabasen);
    }

    @Test
    void gruppeneIFilensRekkefolgeOgAlleTyperKanVelges() {
        Set<String> fraFil = new LinkedHashSet<>();
        CsvFil.les(KatalogIT.class.getResourceAsStream(FIL), FIL).rader().forEach(r -> fraFil.add(r.get("gruppekode")));
        assertEquals(List.copyOf(fraFil), tx.lesFraDatabasen(em -> em.createQuery(
                        "select g from Tiltaksgruppe g order by g.sortering", Tiltaksgruppe.class)
                .getResultStream()
                .map(Tiltaksgruppe::getKode)
                .toList()));
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
