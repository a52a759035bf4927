package no.nir.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The generator's one source of chance, seeded so a run can be repeated exactly. */
final class Tilfeldig {

    private final Random random;

    Tilfeldig(long seed) {
        this.random = new Random(seed);
    }

    /** 0 (inclusive) to grense (exclusive). */
    int tall(int grense) {
        return random.nextInt(grense);
    }

    long tall(long grense) {
        return random.nextLong(grense);
    }

    /** True in the given percentage of calls. */
    boolean prosent(int prosent) {
        return random.nextInt(100) < prosent;
    }

    <T> T velg(List<T> liste) {
        return liste.get(random.nextInt(liste.size()));
    }

    /** A key, chosen with probability proportional to its weight. */
    <T> T vektet(Map<T, Integer> vekter) {
        int r = random.nextInt(vekter.values().stream().mapToInt(Integer::intValue).sum());
        for (Map.Entry<T, Integer> e : vekter.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("Ingen vekter");
    }

    /** A day from fra to til, both included; fra when til is before it. */
    LocalDate dato(LocalDate fra, LocalDate til) {
        long dager = ChronoUnit.DAYS.between(fra, til);
        return dager <= 0 ? fra : fra.plusDays(random.nextLong(dager + 1));
    }
}
