package no.nir.test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Waits for something the server does on its own (a queued event applied, a batch run done). */
public final class Vent {

    private Vent() {
    }

    /** Asks every 200 ms until the answer is present; fails naming what it waited for. */
    public static <T> T paa(String hva, Duration maks, Callable<Optional<T>> svar) throws Exception {
        long frist = System.nanoTime() + maks.toNanos();
        while (true) {
            Optional<T> funnet = svar.call();
            if (funnet.isPresent()) {
                return funnet.get();
            }
            if (System.nanoTime() > frist) {
                throw new AssertionError("Ventet " + maks.toSeconds() + " s uten å få " + hva);
            }
            Thread.sleep(200);
        }
    }
}
