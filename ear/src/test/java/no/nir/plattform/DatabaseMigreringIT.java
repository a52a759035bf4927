package no.nir.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import no.nir.plattform.migrering.V2__Referansedata;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The migrations build the whole schema and reference data on an empty database. */
class DatabaseMigreringIT {

    private static final String ADMIN_URL = System.getProperty("nir.test.jdbc.url");

    @Test
    void migrererTomDatabase() throws Exception {
        String db = "nir_tom_" + System.nanoTime();
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
            admin.createStatement().execute("create database " + db);
        }
        String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + db;
        try {
            MigrateResult resultat = Flyway.configure()
                    .dataSource(url, "postgres", "")
                    .locations("classpath:db/migration")
                    .javaMigrations(new V2__Referansedata())
                    .load()
                    .migrate();
            assertTrue(resultat.success);
            assertTrue(resultat.migrationsExecuted >= 2);
            try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                assertEquals(15, tell(c, "fylke"));
                assertEquals(357, tell(c, "kommune"));
                assertEquals(36, tell(c, "tiltakstype"));
                assertEquals(5, tell(c, "tiltaksgruppe"));
                assertEquals(0, tell(c, "person"));
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
                admin.createStatement().execute("drop database if exists " + db + " with (force)");
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
