package no.nir.tiltak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaanedsbidragTest {

    private static Maanedsbidrag.GruppeTiltak tiltak(String gruppe, String fra, String til, String timer) {
        return new Maanedsbidrag.GruppeTiltak(gruppe, new Tiltaksperiode(LocalDate.parse(fra), LocalDate.parse(til),
                new BigDecimal(timer)));
    }

    private static List<String> tekst(List<Maanedsbidrag> bidrag) {
        return bidrag.stream().map(b -> b.maaned() + (b.inn() ? " inn" : "") + (b.ut() ? " ut" : "")
                + (b.medTiltak() ? " tiltak " : " ") + b.snitt() + " " + b.timerPerGruppe()).toList();
    }

    @Test
    void veiledningensAprilFordeltPaaGrupper() {
        // 19 working days in April 2021: (25 × 19 + 4 × 1 + 3 × 2) / 19 = 485 / 19 = 25.53;
        // norsk 25.00, livsmestring 4 / 19 = 0.21, arbeid 6 / 19 = 0.32 (each rounded on its own).
        List<Maanedsbidrag> bidrag = Maanedsbidrag.beregn(LocalDate.of(2021, 2, 1), null, List.of(
                tiltak("NORSK_SAMF", "2021-04-02", "2021-04-30", "25"),
                tiltak("LIVSM_FORELDRE", "2021-04-30", "2021-04-30", "4"),
                tiltak("ARBEID", "2021-04-29", "2021-04-30", "3")));
        assertEquals(List.of("2021-02 inn 0.00 {}",
                "2021-04 tiltak 25.53 {ARBEID=0.32, LIVSM_FORELDRE=0.21, NORSK_SAMF=25.00}"), tekst(bidrag));
    }

    @Test
    void dagerUtenforOrdningenTellerIkke() {
        // Ordning 10.03–10.05.2023; the tiltak runs 01.02–31.05 (6 t). February lies before the
        // ordning: no row. March from the 10th: 16 of 23 working days → 6 × 16 / 23 = 4.17.
        // April: all 17 → 6.00. May to the 10th: 7 of 19 → 2.21, and the ordning's last month.
        List<Maanedsbidrag> bidrag = Maanedsbidrag.beregn(LocalDate.of(2023, 3, 10), LocalDate.of(2023, 5, 10),
                List.of(tiltak("ANDRE", "2023-02-01", "2023-05-31", "6")));
        assertEquals(List.of("2023-03 inn tiltak 4.17 {ANDRE=4.17}", "2023-04 tiltak 6.00 {ANDRE=6.00}",
                "2023-05 ut tiltak 2.21 {ANDRE=2.21}"), tekst(bidrag));
    }

    @Test
    void tiltakBareIHelgenGirTiltakMenNullTimer() {
        List<Maanedsbidrag> bidrag = Maanedsbidrag.beregn(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 2),
                List.of(tiltak("ANDRE", "2023-04-01", "2023-04-02", "6")));
        assertEquals(List.of("2023-04 inn ut tiltak 0.00 {ANDRE=0.00}"), tekst(bidrag));
    }
}
