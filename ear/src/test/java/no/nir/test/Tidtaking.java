package no.nir.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Times one call the way every benchmark and the HTTP figures report it: a few warm-up calls first (caches,
 * JIT, PostgreSQL's plan cache), then the median and the maximum of the timed calls. The caller
 * logs in before, so a realm login is never inside the timed part.
 */
public record Tidtaking(double medianMs, double maksMs, int ganger) {

    public static final int OPPVARMING = 3;

    public static Tidtaking av(int ganger, Callable<?> kall) throws Exception {
        return av(OPPVARMING, ganger, kall);
    }

    public static Tidtaking av(int oppvarming, int ganger, Callable<?> kall) throws Exception {
        for (int i = 0; i < oppvarming; i++) {
            kall.call();
        }
        List<Double> tider = new ArrayList<>();
        for (int i = 0; i < ganger; i++) {
            long start = System.nanoTime();
            kall.call();
            tider.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(tider);
        double median = ganger % 2 == 1 ? tider.get(ganger / 2) : (tider.get(ganger / 2 - 1) + tider.get(ganger / 2)) / 2;
        return new Tidtaking(median, tider.get(ganger - 1), ganger);
    }

    @Override
    public String toString() {
        return String.format("median %.1f ms, maks %.1f ms av %d", medianMs, maksMs, ganger);
    }
}
