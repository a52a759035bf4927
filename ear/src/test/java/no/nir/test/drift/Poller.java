package no.nir.test.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A client asking every 100 ms whether something works, in its own thread, remembering each
 * answer: the outage is the longest run of failed answers, measured from the first failed
 * request's start to the next good request's start.
 */
public final class Poller implements AutoCloseable {

    private static final long INTERVALL_MS = 100;

    private record Svar(long nanos, boolean ok) {
    }

    private final List<Svar> svar = new ArrayList<>();
    private final Thread traad;
    private volatile boolean stopp;

    public Poller(String navn, BooleanSupplier virker) {
        traad = new Thread(() -> {
            while (!stopp) {
                long start = System.nanoTime();
                boolean ok = virker.getAsBoolean();
                synchronized (svar) {
                    svar.add(new Svar(start, ok));
                }
                long hvile = INTERVALL_MS - (System.nanoTime() - start) / 1_000_000;
                if (hvile > 0) {
                    try {
                        Thread.sleep(hvile);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, navn);
        traad.setDaemon(true);
        traad.start();
    }

    /** Milliseconds of the longest outage seen since the given moment (System.nanoTime), 0 if none. */
    public long lengsteBruddMs(long siden) {
        long lengste = 0;
        Long bruddStart = null;
        for (Svar s : kopi()) {
            if (s.nanos < siden) {
                continue;
            }
            if (!s.ok && bruddStart == null) {
                bruddStart = s.nanos;
            } else if (s.ok && bruddStart != null) {
                lengste = Math.max(lengste, (s.nanos - bruddStart) / 1_000_000);
                bruddStart = null;
            }
        }
        return lengste;
    }

    public long antallFeil(long siden) {
        return kopi().stream().filter(s -> s.nanos >= siden && !s.ok).count();
    }

    public long antall(long siden) {
        return kopi().stream().filter(s -> s.nanos >= siden).count();
    }

    /** Milliseconds from the moment until the first answer equal to {@code ok}, or -1 if none yet. */
    public long forsteSvarMs(long siden, boolean ok) {
        return kopi().stream().filter(s -> s.nanos >= siden && s.ok == ok).findFirst()
                .map(s -> (s.nanos - siden) / 1_000_000).orElse(-1L);
    }

    /** Waits until an answer equal to {@code ok} came after the moment, at most the given seconds. */
    public boolean ventPaa(long siden, boolean ok, int sekunder) throws InterruptedException {
        long frist = System.nanoTime() + sekunder * 1_000_000_000L;
        while (System.nanoTime() < frist) {
            if (forsteSvarMs(siden, ok) >= 0) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private List<Svar> kopi() {
        synchronized (svar) {
            return new ArrayList<>(svar);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopp = true;
        traad.interrupt();
        traad.join(5000);
    }
}
