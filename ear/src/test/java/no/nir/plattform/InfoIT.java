package no.nir.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import no.nir.test.http.Klienttest;
import org.junit.jupiter.api.Test;

/** /nir/info: version, schema version and database for operators and IMDi; refused to caseworkers. */
class InfoIT extends Klienttest {

    @Test
    void imdiSerVersjonSkjemaOgDatabase() throws Exception {
        HttpResponse<String> svar = okt("imdi").get("info");
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
        HttpResponse<String> svar = okt("les").get("info");
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
