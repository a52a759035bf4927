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

    /**
     * A mottak resident of Kristiansand (4204) with the ordning Kvalifisering for mottaksbeboere from
     * 01.02.2021 (tiltak can be registered on it), as committed rows. Returns {person id, ordning id}.
     */
    public static long[] mottaksbeboerMedOrdning(String fornavn, String etternavn) throws SQLException {
        try (Connection c = koble()) {
            long mottak = nesteId(c, "mottak_seq");
            oppdater(c, "insert into mottak (id, navn, vertskommune_nummer) values (?, 'Nettlesermottak', '4204')", mottak);
            long person = nesteId(c, "person_seq");
            String duf = String.format("8%011d", System.nanoTime() % 100_000_000_000L);
            oppdater(c, "insert into person (id, duf_nummer, fornavn, etternavn, fodselsdato, kjonn, statsborgerskap,"
                    + " tillatelsesdato, mottak_id, oppfolgingskommune_nummer) values (?, ?, ?, ?,"
                    + " date '1990-01-01', 'K', 'Syria', date '2021-02-01', ?, '4204')", person, duf, fornavn, etternavn, mottak);
            long kategori = nesteId(c, "kategori_seq");
            oppdater(c, "insert into kategori (id, person_id, type, lovverk, fra_dato)"
                    + " values (?, ?, 'KVALIFISERING_I_MOTTAK', 'INTEGRERINGSLOVEN', date '2021-02-01')", kategori, person);
            long ordning = nesteId(c, "ordning_seq");
            oppdater(c, "insert into ordning (id, kategori_id, person_id, type, kategori_type, fra_dato, status,"
                    + " oppfolgingskommune_nummer) values (?, ?, ?, 'KVALIFISERING_MOTTAKSBEBOERE',"
                    + " 'KVALIFISERING_I_MOTTAK', date '2021-02-01', 'AKTIV', '4204')",
                    ordning, kategori, person);
            return new long[] {person, ordning};
        }
    }
}
