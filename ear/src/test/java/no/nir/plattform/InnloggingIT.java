package no.nir.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.nir.test.http.Klienttest;
import org.junit.jupiter.api.Test;

/** Every page needs a login; the container answers with the Norwegian login form. */
class InnloggingIT extends Klienttest {

    @Test
    void uinnloggetForesporselFaarInnloggingsskjema() throws Exception {
        for (String side : new String[] {"", "arbeidsflate.xhtml", "personsok.xhtml", "personliste.xhtml", "personliste.csv"}) {
            HttpResponse<String> svar = get(side);
            // FORM login forwards to the login page (200), it does not redirect.
            assertEquals(200, svar.statusCode(), side);
            assertTrue(svar.body().contains("j_security_check"), side);
            assertTrue(svar.body().contains("Brukernavn"), side);
            assertFalse(svar.body().contains("Oversikt over personer"), side);
            assertFalse(svar.body().contains("DUF-nummer"), side);
        }
    }

    private HttpResponse<String> get(String side) throws Exception {
        HttpRequest foresporsel = HttpRequest.newBuilder(URI.create(base.toString() + side)).GET().build();
        return HttpClient.newHttpClient().send(foresporsel, HttpResponse.BodyHandlers.ofString());
    }
}
