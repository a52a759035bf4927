package no.nir.test.nettleser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Browser tests make their data with plain JDBC in the test database, as committed rows. */
public final class Jdbc {

    private Jdbc() {
    }

    public static Connection koble() throws SQLException {
        return DriverManager.getConnection(System.getProperty("nir.test.jdbc.url"), "postgres", "");
    }

    /** A sequence value used as is: EclipseLink uses the 49 ids below each value it fetches, never the value itself. */
    public static long nesteId(Connection c, String sekvens) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select nextval('" + sekvens + "')"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    public static void oppdater(Connection c, String sql, Object... verdier) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < verdier.length; i++) {
                s.setObject(i + 1, verdier[i]);
            }
            s.executeUpdate();
        }
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
