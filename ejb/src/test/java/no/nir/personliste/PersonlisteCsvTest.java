package no.nir.personliste;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import no.nir.ordning.KategoriType;
import no.nir.ordning.OrdningStatus;
import no.nir.ordning.OrdningType;
import no.nir.plattform.CsvSkriver;
import org.junit.jupiter.api.Test;

class PersonlisteCsvTest {

    private static String skriv(PersonlisteRad... rader) throws Exception {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        PersonlisteCsv csv = PersonlisteCsv.start(ut);
        for (PersonlisteRad rad : rader) {
            csv.skriv(rad);
        }
        csv.flush();
        byte[] bytes = ut.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "BOM");
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private static PersonlisteRad rad(String fornavn, String etternavn, LocalDate frist, OrdningStatus status) {
        return new PersonlisteRad(1, 2, "201258697561", fornavn, etternavn, KategoriType.KVALIFISERING_I_MOTTAK,
                LocalDate.of(2021, 1, 2), OrdningType.KVALIFISERING_MOTTAKSBEBOERE, frist, status);
    }

    @Test
    void hodeOgEnkelLinje() throws Exception {
        String tekst = skriv(rad("Åse", "Ødegård-Æsøy", LocalDate.of(2026, 12, 5), OrdningStatus.AKTIV));
        assertEquals("DUF-nummer;Fornavn;Etternavn;Kategori;Kategori fra;Ordning;Frist;Status\r\n"
                + "2012 586975 61;Åse;Ødegård-Æsøy;Kvalifisering i mottak;02.01.2021;Kvalifisering for mottaksbeboere;"
                + "05.12.2026;Aktiv\r\n", tekst);
    }

    @Test
    void semikolonAnforselstegnOgLinjeskiftSitteres() throws Exception {
        String tekst = skriv(rad("Ola;Per", "O\"Brien", null, OrdningStatus.INAKTIV),
                rad("Linje\nskift", "Retur\rtegn", null, OrdningStatus.FULLFORT));
        String[] linjer = tekst.split("\r\n");
        assertEquals("2012 586975 61;\"Ola;Per\";\"O\"\"Brien\";Kvalifisering i mottak;02.01.2021;"
                + "Kvalifisering for mottaksbeboere;;Inaktiv", linjer[1]);
        assertEquals("2012 586975 61;\"Linje\nskift\";\"Retur\rtegn\";Kvalifisering i mottak;02.01.2021;"
                + "Kvalifisering for mottaksbeboere;;Fullført", linjer[2]);
    }

    @Test
    void formlerNoytraliseres() throws Exception {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvSkriver.celle("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CsvSkriver.celle("+1"));
        assertEquals("'-1", CsvSkriver.celle("-1"));
        assertEquals("'@SUM(A1)", CsvSkriver.celle("@SUM(A1)"));
        assertEquals("Anne-Lise", CsvSkriver.celle("Anne-Lise"));
        // A leading tab or carriage return also lets a spreadsheet read a formula after it.
        assertEquals("'\t=1+2", CsvSkriver.celle("\t=1+2"));
        assertEquals("\"'\r=1+2\"", CsvSkriver.celle("\r=1+2"));
        String tekst = skriv(rad("=1+1", "Normann", null, OrdningStatus.AKTIV));
        assertTrue(tekst.split("\r\n")[1].startsWith("2012 586975 61;'=1+1;Normann;"));
    }
}
