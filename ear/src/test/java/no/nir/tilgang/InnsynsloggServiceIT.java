package no.nir.tilgang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.List;
import no.nir.innsynslogg.Handling;
import no.nir.innsynslogg.InnsynsloggRad;
import no.nir.innsynslogg.InnsynsloggService;
import no.nir.test.Deployments;
import no.nir.test.Som;
import no.nir.test.Testdata;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class InnsynsloggServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(InnsynsloggServiceIT.class);
    }

    @EJB
    InnsynsloggService innsynsloggService;

    @EJB
    Testdata testdata;

    @Test
    void kommuneadminSerHvemSomHarAapnetPersonerIEgenKommune() throws Exception {
        long iKristiansand = testdata.mottaksbeboer("4204", "Nadia", "Karimi", LocalDate.of(1991, 4, 4), LocalDate.of(2024, 3, 3));
        long iBergen = testdata.mottaksbeboer("4601", "Yonas", "Haile", LocalDate.of(1989, 9, 9), LocalDate.of(2024, 3, 3));
        Som.bruker("les", () -> testdata.loggLest(iKristiansand));
        Som.bruker("bergen", () -> testdata.loggLest(iBergen));

        List<InnsynsloggRad> linjer = Som.bruker("kommuneadmin", () -> innsynsloggService.side(0, 1000));
        assertTrue(linjer.stream().anyMatch(l -> l.personId() == iKristiansand && l.bruker().equals("les")
                && l.handling() == Handling.LES_PERSON && l.personNavn().equals("Nadia Karimi")));
        assertTrue(linjer.stream().noneMatch(l -> l.personId() == iBergen));
        assertTrue(linjer.stream().allMatch(l -> l.kommunenummer().equals("4204")));
        assertEquals(linjer.size(), Som.bruker("kommuneadmin", () -> innsynsloggService.antall()).intValue());

        List<InnsynsloggRad> nasjonalt = Som.bruker("imdi", () -> innsynsloggService.side(0, 100_000));
        assertTrue(nasjonalt.stream().anyMatch(l -> l.personId() == iBergen));
    }

    @Test
    void saksbehandlereSerIkkeInnsynsloggen() {
        assertThrows(EJBAccessException.class, () -> Som.bruker("les", () -> innsynsloggService.antall()));
        assertThrows(EJBAccessException.class, () -> Som.bruker("skriv", () -> innsynsloggService.side(0, 10)));
    }
}
