package no.nir.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import no.nir.test.Deployments;
import no.nir.test.HttpKlient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /nir/info: version, schema version and database for operators and IMDi; refused to caseworkers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InfoIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void imdiSerVersjonSkjemaOgDatabase() throws Exception {
        HttpKlient klient = new HttpKlient(base);
        assertTrue(klient.loggInn("imdi", "passord"));
        HttpResponse<String> svar = klient.get("info");
        assertEquals(200, svar.statusCode(), svar.body());
        assertEquals("application/json;charset=UTF-8", svar.headers().firstValue("Content-Type").orElse("")
                .replace(" ", ""));
        String json = svar.body();
        assertTrue(json.matches("(?s)\\{\"versjon\":\"\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\",.*"), json);
        assertTrue(json.contains("\"skjemaversjon\":\"" + hoyesteMigrering() + "\""), json);
        assertTrue(json.contains("\"database\":\"tilgjengelig\""), json);
        assertTrue(json.contains("\"oktTidsavbruddMinutter\":30"), json);
    }

    @Test
    void saksbehandlerFaarIkkeDriftsinfo() throws Exception {
        HttpKlient klient = new HttpKlient(base);
        assertTrue(klient.loggInn("les", "passord"));
        HttpResponse<String> svar = klient.get("info");
        assertEquals(403, svar.statusCode());
        assertFalse(svar.body().contains("skjemaversjon"));
    }

    private static String hoyesteMigrering() throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("nir.test.jdbc.url"), "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version from flyway_schema_history where success and version is not null"
                        + " order by string_to_array(version, '.')::int[] desc limit 1")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
