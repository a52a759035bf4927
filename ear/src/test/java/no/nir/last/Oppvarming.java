package no.nir.last;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs {@link Lasttest}'s page mix from one logged-in session per demo user for
 * {@code nir.last.oppvarming.sekunder} seconds (default 120) before the load runs, and counts it
 * nowhere. A fresh WildFly compiles the hot paths of a new deployment for minutes: profiled here, the
 * JIT compiler threads still took 37 % of the CPU after 2,000 requests. The load runs measure the
 * state a running server reaches after that, not the compiler.
 */
public final class Oppvarming {

    private static final String LISTE = "/personliste.xhtml?lovverk=INTEGRERINGSLOVEN&modus=KATEGORI"
            + "&kategori=KVALIFISERING_I_MOTTAK";

    private Oppvarming() {
    }

    public static void main(String[] args) throws Exception {
        long slutt = System.nanoTime() + Integer.getInteger("nir.last.oppvarming.sekunder", 120) * 1_000_000_000L;
        Map<String, List<Lastdata.Eksempel>> eksempler = Lastdata.eksempler(100);
        AtomicLong forespursler = new AtomicLong();
        List<Thread> traader = new ArrayList<>();
        for (Map.Entry<String, List<String>> bruker : Lastdata.BRUKERE.entrySet()) {
            HttpTider.Nettleser nettleser = HttpTider.Nettleser.innlogget(bruker.getKey());
            Thread traad = new Thread(() -> {
                try {
                    while (System.nanoTime() < slutt) {
                        runde(nettleser, tilfeldig(eksempler, bruker.getValue()));
                        forespursler.addAndGet(6);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("Oppvarmingen feilet for " + bruker.getKey(), e);
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

    private static Lastdata.Eksempel tilfeldig(Map<String, List<Lastdata.Eksempel>> eksempler, List<String> kommuner) {
        ThreadLocalRandom tilfeldig = ThreadLocalRandom.current();
        List<Lastdata.Eksempel> i = eksempler.get(kommuner.get(tilfeldig.nextInt(kommuner.size())));
        return i.get(tilfeldig.nextInt(i.size()));
    }

    private static void runde(HttpTider.Nettleser nettleser, Lastdata.Eksempel e) throws Exception {
        nettleser.side(LISTE);
        nettleser.side(LISTE + "&side=3");
        nettleser.side("/arbeidsflate.xhtml");
        nettleser.side("/person/grunndata.xhtml?id=" + e.person());
        nettleser.side("/person/ordning.xhtml?id=" + e.person() + "&ordning=" + e.ordning());
        nettleser.side("/personsok.xhtml?q=" + URLEncoder.encode(e.navn(), StandardCharsets.UTF_8));
    }
}
