package no.nir.tilgang;

import static no.nir.test.Administrator.cli;
import static no.nir.test.Administrator.nirBruker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import no.nir.test.Administrator;
import no.nir.test.http.Klienttest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user the administrator gave no NIR role, or a kommunenummer the CLI turned into "301", sees a
 * page saying so (403), not an empty Arbeidsflate, and the server log names the user and attribute.
 */
class TilgangsmangelIT extends Klienttest {

    @BeforeAll
    static void leggTilBrukere() throws Exception {
        assertEquals(0, nirBruker("passord", "legg-til", "utenrolle", "--roller", "kommune-4204").kode());
        assertEquals(0, nirBruker("passord", "legg-til", "feilkommune", "--roller", "nir-les").kode());
        // The classic slip: an unquoted number, stored as 301.
        assertEquals(0, cli("/subsystem=elytron/filesystem-realm=nir-realm:add-identity-attribute("
                + "identity=feilkommune, name=kommunenummer, value=[0301])").kode());
    }

    @AfterAll
    static void fjernBrukere() throws Exception {
        nirBruker(null, "fjern", "utenrolle");
        nirBruker(null, "fjern", "feilkommune");
    }

    @Test
    void brukerUtenNirRolleFaarForklaring() throws Exception {
        HttpResponse<String> svar = arbeidsflateSom("utenrolle");
        assertEquals(403, svar.statusCode());
        assertTrue(svar.body().contains("Brukeren din har ingen NIR-rolle"), svar.body());
        assertFalse(svar.body().contains("id=\"arbeidsflate\""));
        assertTrue(loggetAdvarsel("'utenrolle'", "INGEN_ROLLE", "'groups'"));
    }

    @Test
    void brukerMedKommunenummerUtenNullFaarForklaring() throws Exception {
        HttpResponse<String> svar = arbeidsflateSom("feilkommune");
        assertEquals(403, svar.statusCode());
        assertTrue(svar.body().contains("Brukeren din har ingen gyldig kommune (fikk '301')"), svar.body());
        assertTrue(loggetAdvarsel("'feilkommune'", "INGEN_KOMMUNE", "'kommunenummer'", "'301'"));
    }

    @Test
    void brukerMedRolleOgKommuneSerArbeidsflaten() throws Exception {
        HttpResponse<String> svar = arbeidsflateSom("les");
        assertEquals(200, svar.statusCode());
        assertTrue(svar.body().contains("id=\"arbeidsflate\""));
    }

    private HttpResponse<String> arbeidsflateSom(String bruker) throws Exception {
        return okt(bruker).getMedOmdirigering("arbeidsflate.xhtml");
    }

    private static boolean loggetAdvarsel(String... deler) throws Exception {
        List<String> linjer = Files.readAllLines(Administrator.serverlogg());
        return linjer.stream().anyMatch(l -> l.contains(" WARN") && List.of(deler).stream().allMatch(l::contains));
    }
}
