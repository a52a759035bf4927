package no.nir.last;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs {@link Lasttest}'s page mix from one logged-in session per demo user for
 * {@code nir.last.oppvarming.sekunder} seconds (default 120) before the load runs, and counts it
 * nowhere. A fresh WildFly compiles the hot paths of a new deployment for minutes: profiled here, the
 * JIT compiler threads still took 37 % of the CPU after 2,000 requests. The load runs measure the
 * state a running server reaches after that, not the compiler.
 */
public final class Oppvarming {

    private Oppvarming() {
    }

    public static void main(String[] args) throws Exception {
        long slutt = System.nanoTime() + Integer.getInteger("nir.last.oppvarming.sekunder", 120) * 1_000_000_000L;
        Map<String, List<Lastdata.Eksempel>> eksempler = Lastdata.eksempler(100);
        AtomicLong forespursler = new AtomicLong();
        List<Thread> traader = new ArrayList<>();
        for (String bruker : Lastdata.BRUKERE.keySet()) {
            HttpTider.Nettleser nettleser = HttpTider.Nettleser.innlogget(bruker);
            Thread traad = new Thread(() -> {
                try {
                    while (System.nanoTime() < slutt) {
                        forespursler.addAndGet(runde(nettleser, Lastdata.tilfeldig(eksempler, bruker)));
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("Oppvarmingen feilet for " + bruker, e);
                }
            });
            traad.start();
            traader.add(traad);
        }
        for (Thread traad : traader) {
            traad.join();
        }
        System.out.printf("Oppvarming: %d forespørsler fra %d økter (ikke målt)%n", forespursler.get(), traader.size());
    }

    /** One round of the mix; returns the number of pages asked for. */
    private static int runde(HttpTider.Nettleser nettleser, Lastdata.Eksempel e) throws Exception {
        Map<String, String> sider = Lastdata.runde(String.valueOf(e.person()), String.valueOf(e.ordning()),
                URLEncoder.encode(e.navn(), StandardCharsets.UTF_8));
        for (String sti : sider.values()) {
            nettleser.side(sti);
        }
        return sider.size();
    }
}
