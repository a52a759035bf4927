package no.nir.plattform;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV for Excel, the one way every download is written: ';'-separated, UTF-8 with a byte order mark
 * (else Excel shows æøå wrongly), dates dd.MM.yyyy, CRLF line ends. A cell that starts with = + - @,
 * tab or CR gets a leading apostrophe, so a spreadsheet never runs a value as a formula (CSV injection).
 * Writes each line as it comes: nothing is held but the current line.
 */
public final class CsvSkriver {

    /** What a spreadsheet may read as the start of a formula; a tab or CR before one counts too. */
    private static final String FORMELSTART = "=+-@\t\r";
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Writer ut;

    private CsvSkriver(Writer ut) {
        this.ut = ut;
    }

    /** Writes the byte order mark and the header line. */
    public static CsvSkriver start(OutputStream strom, List<String> overskrifter) throws IOException {
        strom.write(BOM);
        // Buffered before the encoder: a line is many small writes, each a call into the charset encoder otherwise.
        CsvSkriver csv = new CsvSkriver(new BufferedWriter(new OutputStreamWriter(strom, StandardCharsets.UTF_8), 1 << 16));
        csv.linje(overskrifter);
        return csv;
    }

    public void linje(List<String> celler) throws IOException {
        for (int i = 0; i < celler.size(); i++) {
            if (i > 0) {
                ut.write(';');
            }
            ut.write(celle(celler.get(i)));
        }
        ut.write("\r\n");
    }

    public void flush() throws IOException {
        ut.flush();
    }

    public static String dato(LocalDate dato) {
        return dato == null ? "" : DATO.format(dato);
    }

    public static String celle(String verdi) {
        if (verdi == null || verdi.isEmpty()) {
            return "";
        }
        String trygg = FORMELSTART.indexOf(verdi.charAt(0)) >= 0 ? "'" + verdi : verdi;
        if (trygg.contains(";") || trygg.contains("\"") || trygg.contains("\n") || trygg.contains("\r")) {
            return "\"" + trygg.replace("\"", "\"\"") + "\"";
        }
        return trygg;
    }
}
