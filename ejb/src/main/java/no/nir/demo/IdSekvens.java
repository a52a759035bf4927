package no.nir.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hands out ids from one of the schema's sequences the way EclipseLink does (allocationSize 50,
 * sequences INCREMENT BY 50): each fetched value V reserves the block V-49..V. The generator and
 * the running application can therefore never hand out the same id.
 */
final class IdSekvens {

    static final int BLOKK = 50;
    /** Sequence values fetched per round trip. */
    private static final int HENT_OM_GANGEN = 200;

    private final Connection connection;
    private final String sekvens;
    private final Deque<Long> blokker = new ArrayDeque<>();
    private long neste;
    private long siste = -1;

    IdSekvens(Connection connection, String sekvens) {
        this.connection = connection;
        this.sekvens = sekvens;
    }

    long neste() throws SQLException {
        if (neste > siste) {
            if (blokker.isEmpty()) {
                hent();
            }
            siste = blokker.pop();
            neste = siste - BLOKK + 1;
        }
        return neste++;
    }

    private void hent() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select nextval(?) from generate_series(1, " + HENT_OM_GANGEN + ")")) {
            s.setString(1, sekvens);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    blokker.add(rs.getLong(1));
                }
            }
        }
    }
}
