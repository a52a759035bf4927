package no.nir.person;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes person list lines as CSV for Excel: ';'-separated, UTF-8 with a byte order mark (else
 * Excel shows æøå wrongly), dates dd.MM.yyyy, CRLF line ends. A cell that starts with = + - @ gets a
 * leading apostrophe, so a spreadsheet never runs a name as a formula (CSV injection).
 * Writes each line as it comes: nothing is held but the current line.
 */
public final class PersonlisteCsv {

    static final List<String> OVERSKRIFTER = List.of("DUF-nummer", "Fornavn", "Etternavn", "Kategori",
            "Kategori fra", "Ordning", "Frist", "Status");

    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Writer ut;

    private PersonlisteCsv(Writer ut) {
        this.ut = ut;
    }

    /** Writes the byte order mark and the header line. */
    public static PersonlisteCsv start(OutputStream strom) throws IOException {
        strom.write(BOM);
        PersonlisteCsv csv = new PersonlisteCsv(new OutputStreamWriter(strom, StandardCharsets.UTF_8));
        csv.linje(OVERSKRIFTER.stream());
        return csv;
    }

    public void skriv(PersonlisteRad rad) throws IOException {
        linje(Stream.of(rad.dufVisning(), rad.fornavn(), rad.etternavn(), rad.kategori().visningsnavn(),
                dato(rad.kategoriFra()), rad.ordning().visningsnavn(), dato(rad.frist()), rad.status().visningsnavn()));
    }

    public void flush() throws IOException {
        ut.flush();
    }

    static String celle(String verdi) {
        if (verdi == null || verdi.isEmpty()) {
            return "";
        }
        String trygg = "=+-@".indexOf(verdi.charAt(0)) >= 0 ? "'" + verdi : verdi;
        if (trygg.contains(";") || trygg.contains("\"") || trygg.contains("\n") || trygg.contains("\r")) {
            return "\"" + trygg.replace("\"", "\"\"") + "\"";
        }
        return trygg;
    }

    private void linje(Stream<String> celler) throws IOException {
        ut.write(celler.map(PersonlisteCsv::celle).collect(Collectors.joining(";")));
        ut.write("\r\n");
    }

    private static String dato(LocalDate dato) {
        return dato == null ? "" : DATO.format(dato);
    }
}
