package no.nir.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table, collected in PostgreSQL's COPY text format for COPY FROM STDIN, which is
 * much faster than batched INSERTs for millions of rows.
 */
final class Tabell {

    private final String navn;
    private final String copy;
    private final StringBuilder rader = new StringBuilder(1 << 20);
    private long antall;
    private boolean forsteVerdi = true;

    Tabell(String navn, String kolonner) {
        this.navn = navn;
        this.copy = "COPY " + navn + " (" + kolonner + ") FROM STDIN";
    }

    /** Appends one row; null becomes SQL NULL, other values their toString(). */
    void rad(Object... verdier) {
        for (Object verdi : verdier) {
            if (!forsteVerdi) {
                rader.append('\t');
            }
            forsteVerdi = false;
            if (verdi == null) {
                rader.append("\\N");
            } else {
                escape(verdi.toString());
            }
        }
        rader.append('\n');
        forsteVerdi = true;
        antall++;
    }

    private void escape(String tekst) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            switch (c) {
                case '\\' -> rader.append("\\\\");
                case '\t' -> rader.append("\\t");
                case '\n' -> rader.append("\\n");
                case '\r' -> rader.append("\\r");
                default -> rader.append(c);
            }
        }
    }

    /** The rows collected since the last call, as one COPY; empty when there are none. */
    Optional<Copy> ta() {
        if (rader.isEmpty()) {
            return Optional.empty();
        }
        Copy copy = new Copy(this.copy, rader.toString());
        rader.setLength(0);
        return Optional.of(copy);
    }

    /** One COPY statement with its data. */
    record Copy(String sql, String data) {

        void send(CopyManager copyManager) throws SQLException, IOException {
            copyManager.copyIn(sql, new StringReader(data));
        }
    }

    String navn() {
        return navn;
    }

    /** Rows added so far, sent or not. */
    long antall() {
        return antall;
    }
}
