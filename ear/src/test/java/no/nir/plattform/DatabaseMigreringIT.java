package no.nir.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import no.nir.test.Testdatabase;
import org.junit.jupiter.api.Test;

/** The migrations build the whole schema and reference data on an empty database. */
class DatabaseMigreringIT {

    @Test
    void migrererTomDatabase() throws Exception {
        try (Testdatabase db = Testdatabase.migrert("nir_tom")) {
            assertTrue(db.migrering().success);
            assertTrue(db.migrering().migrationsExecuted >= 2);
            try (Connection c = db.koble()) {
                assertEquals(15, tell(c, "fylke"));
                assertEquals(357, tell(c, "kommune"));
                assertEquals(36, tell(c, "tiltakstype"));
                assertEquals(5, tell(c, "tiltaksgruppe"));
                assertEquals(0, tell(c, "person"));
            }
        }
    }

    private static long tell(Connection c, String tabell) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + tabell)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
