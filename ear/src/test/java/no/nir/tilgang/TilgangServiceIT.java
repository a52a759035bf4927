package no.nir.tilgang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.Set;
import no.nir.test.Deployments;
import no.nir.test.Som;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The caller's access as the realm configured by docker/cli gives it. */
@ExtendWith(ArquillianExtension.class)
class TilgangServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(TilgangServiceIT.class);
    }

    @EJB
    TilgangService tilgangService;

    @Test
    void kommuneFraIdentitetsattributt() throws Exception {
        Tilgang tilgang = Som.bruker("les", tilgangService::minTilgang);
        assertEquals("les", tilgang.brukernavn());
        assertEquals(Set.of("4204"), tilgang.kommuner());
        assertTrue(tilgang.harRolle(Rolle.NIR_LES));
        assertFalse(tilgang.kanEndreTiltak());
        assertTrue(tilgang.omfang().kanSe("4204", null));
        assertFalse(tilgang.omfang().kanSe("4601", null));
    }

    @Test
    void flereKommunerOgBydel() throws Exception {
        assertEquals(Set.of("4204", "4601"), Som.bruker("region", tilgangService::minTilgang).kommuner());
        Tilgang gamleOslo = Som.bruker("gamleoslo", tilgangService::minTilgang);
        assertEquals("030101", gamleOslo.bydel());
        assertTrue(gamleOslo.omfang().kanSe("0301", "030101"));
        assertFalse(gamleOslo.omfang().kanSe("0301", "030102"));
    }

    @Test
    void kommuneSomGruppeFraRealmUtenAttributter() throws Exception {
        Tilgang tilgang = Som.bruker("gruppe", tilgangService::minTilgang);
        assertEquals(Set.of("4601"), tilgang.kommuner());
        assertNull(tilgang.bydel());
    }

    @Test
    void imdiErNasjonalOgKommuneadminLeserIkkeKompetanse() throws Exception {
        Tilgang imdi = Som.bruker("imdi", tilgangService::minTilgang);
        assertTrue(imdi.erNasjonal());
        assertTrue(imdi.omfang().kanSe("5001", null));
        assertFalse(imdi.kanEndreTiltak());
        Tilgang admin = Som.bruker("kommuneadmin", tilgangService::minTilgang);
        assertFalse(admin.kanLeseKompetanse());
        assertTrue(admin.kanLesePersoner());
        assertTrue(Som.bruker("bosetting", tilgangService::minTilgang).kanLeseKompetanse());
    }
}
