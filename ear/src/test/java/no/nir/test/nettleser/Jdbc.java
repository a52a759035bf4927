package no.nir.test.nettleser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Client tests read the test database with plain JDBC, to see what a page or the API stored.
 */
public final class Jdbc {

    private Jdbc() {
    }

    public static Connection koble() throws SQLException {
        return DriverManager.getConnection(System.getProperty("nir.test.jdbc.url"), "postgres", "");
    }

    /** The first column of the first row, as text (null when there is no row). */
    public static String tekst(Connection c, String sql, Object... verdier) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < verdier.length; i++) {
                s.setObject(i + 1, verdier[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
