package no.nir.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.nir.test.Testdata;
import no.nir.test.Vent;
import no.nir.test.http.Hendelser;
import no.nir.test.http.HttpOkt;
import no.nir.test.http.Klienttest;
import org.junit.jupiter.api.Test;

/**
 * The initial load's speed ({@code mvn -B verify -Pbenchmark}, or alone with
 * -Dnir.it.includes=**&#47;PersoninnlastingBenchmark.java): a file of {@code nir.benchmark.personer}
 * persons (20,000), each registered in a mottak with a permit, every other one then settled, is
 * loaded through the operators' page; prints lines and persons per second and what that gives for
 * 1 M persons (target ≤ 15 min).
 */
class PersoninnlastingBenchmark extends Klienttest {

    private static final int PERSONER = Integer.getInteger("nir.benchmark.personer", 20_000);

    @Test
    void personerPerSekund() throws Exception {
        String fil = "benchmark-" + Long.toString(System.currentTimeMillis(), 36) + ".jsonl";
        long[] mottak = {Hendelser.mottakId("4204"), Hendelser.mottakId("4601"), Hendelser.mottakId("0301")};
        List<String> linjer = new ArrayList<>();
        for (int i = 0; i < PERSONER; i++) {
            String duf = Testdata.nyttDufNummer();
            String id = fil + "-" + i;
            linjer.add(Hendelser.nyPersonIMottak(id + "a", Hendelser.tidspunkt(300), duf, "Ida", "Last" + i,
                    LocalDate.of(1980, 1, 1).plusDays(i % 9000), mottak[i % 3]));
            linjer.add(Hendelser.tillatelse(id + "b", Hendelser.tidspunkt(200), duf, LocalDate.now().minusMonths(6)));
            if (i % 2 == 0) {
                linjer.add(Hendelser.bosatt(id + "c", Hendelser.tidspunkt(100), duf, "4204", LocalDate.now().minusMonths(1)));
            }
        }
        Hendelser.innlastingsfil(null, fil, linjer);

        HttpOkt drift = okt("drift");
        drift.get("drift/datakilder.xhtml");
        long start = System.nanoTime();
        String svar = drift.post(Map.of("innlastingskjema", "innlastingskjema", "innlastingskjema:fil", fil,
                "innlastingskjema:start", "Start innlasting")).body();
        assertTrue(svar.contains("er startet"), "the load started");
        Vent.paa("innlastingen fullført", Duration.ofHours(2), () -> Optional.of(drift.get("drift/datakilder.xhtml").body())
                .filter(s -> s.contains("<td class=\"status\">Fullført</td>")));
        double sekunder = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCHMARK Innlasting: %d personer, %d linjer på %.1f s: %.0f linjer/s, %.0f personer/s;"
                        + " 1 M personer med samme blanding ville tatt %.1f min (mål: ≤ 15 min)%n",
                PERSONER, linjer.size(), sekunder, linjer.size() / sekunder, PERSONER / sekunder,
                1_000_000 / (PERSONER / sekunder) / 60);
    }
}
