package no.nir.tiltak;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.nir.plattform.CsvSkriver;

/**
 * The report's table as CSV for Excel, same conventions as the person lists ({@link CsvSkriver});
 * numbers with a decimal comma, as Norwegian Excel reads them.
 */
public final class TiltaksrapportCsv {

    private TiltaksrapportCsv() {
    }

    public static void skriv(Tiltaksrapport rapport, OutputStream ut) throws IOException {
        List<String> overskrifter = new ArrayList<>(List.of("Område", "Fra dato", "Til dato", "Personer i ordningen",
                "Personer med tiltak", "Andel med tiltak (%)", "Gjennomsnitt timer per uke, alle personer",
                "Gjennomsnitt timer per uke, personer med tiltak"));
        rapport.grupper().forEach(g -> overskrifter.add(g.navn() + " (timer per uke, sum)"));
        CsvSkriver csv = CsvSkriver.start(ut, overskrifter);
        for (TiltaksrapportMaaned m : rapport.maaneder()) {
            List<String> celler = new ArrayList<>(List.of(rapport.omraade(), CsvSkriver.dato(m.maaned().atDay(1)),
                    CsvSkriver.dato(m.maaned().atEndOfMonth()), Long.toString(m.personer()), Long.toString(m.medTiltak()),
                    tall(m.andelMedTiltak()), tall(m.snitt()), tall(m.snittMedTiltak())));
            m.timerPerGruppe().forEach(t -> celler.add(tall(t)));
            csv.linje(celler);
        }
        csv.flush();
    }

    private static String tall(BigDecimal tall) {
        return tall.toPlainString().replace('.', ',');
    }
}
