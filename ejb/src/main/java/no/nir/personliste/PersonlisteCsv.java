package no.nir.personliste;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import no.nir.plattform.CsvSkriver;

/** Writes person list lines as CSV for Excel ({@link CsvSkriver}), one line as it comes. */
public final class PersonlisteCsv {

    static final List<String> OVERSKRIFTER = List.of("DUF-nummer", "Fornavn", "Etternavn", "Kategori",
            "Kategori fra", "Ordning", "Frist", "Status");

    private final CsvSkriver csv;

    private PersonlisteCsv(CsvSkriver csv) {
        this.csv = csv;
    }

    /** Writes the byte order mark and the header line. */
    public static PersonlisteCsv start(OutputStream strom) throws IOException {
        return new PersonlisteCsv(CsvSkriver.start(strom, OVERSKRIFTER));
    }

    public void skriv(PersonlisteRad rad) throws IOException {
        csv.linje(Arrays.asList(rad.dufVisning(), rad.fornavn(), rad.etternavn(), rad.kategori().visningsnavn(),
                CsvSkriver.dato(rad.kategoriFra()), rad.ordning().visningsnavn(), CsvSkriver.dato(rad.frist()),
                rad.status().visningsnavn()));
    }

    public void flush() throws IOException {
        csv.flush();
    }
}
