package no.nir.test.nettleser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Persons for browser tests, written as committed rows through plain JDBC. */
public final class Testpersoner {

    private Testpersoner() {
    }

    /**
     * A mottak resident of the kommune with the ordning Kvalifisering for mottaksbeboere from
     * 1 February 2021: {person id, ordning id}.
     */
    public static long[] mottaksbeboerMedOrdning(Connection c, String kommune, String etternavn) throws SQLException {
        long mottak = Jdbc.nesteId(c, "mottak_seq");
        Jdbc.oppdater(c, "insert into mottak (id, navn, vertskommune_nummer) values (?, 'Nettlesermottak', ?)", mottak, kommune);
        long person = Jdbc.nesteId(c, "person_seq");
        String duf = String.format("8%011d", System.nanoTime() % 100_000_000_000L);
        Jdbc.oppdater(c, "insert into person (id, duf_nummer, fornavn, etternavn, fodselsdato, kjonn, statsborgerskap,"
                + " tillatelsesdato, mottak_id, oppfolgingskommune_nummer) values (?, ?, 'Nora', ?,"
                + " date '1990-01-01', 'K', 'Syria', date '2021-02-01', ?, ?)", person, duf, etternavn, mottak, kommune);
        long kategori = Jdbc.nesteId(c, "kategori_seq");
        Jdbc.oppdater(c, "insert into kategori (id, person_id, type, lovverk, fra_dato)"
                + " values (?, ?, 'KVALIFISERING_I_MOTTAK', 'INTEGRERINGSLOVEN', date '2021-02-01')", kategori, person);
        long ordning = Jdbc.nesteId(c, "ordning_seq");
        Jdbc.oppdater(c, "insert into ordning (id, kategori_id, person_id, type, kategori_type, fra_dato, status,"
                + " oppfolgingskommune_nummer) values (?, ?, ?, 'KVALIFISERING_MOTTAKSBEBOERE',"
                + " 'KVALIFISERING_I_MOTTAK', date '2021-02-01', 'AKTIV', ?)",
                ordning, kategori, person, kommune);
        return new long[] {person, ordning};
    }

    public static int antallTiltak(Connection c, long ordning) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from tiltak where ordning_id = ?")) {
            s.setLong(1, ordning);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
