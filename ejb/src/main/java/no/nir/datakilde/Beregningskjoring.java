package no.nir.datakilde;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalDate;
import no.nir.kalender.Norsktid;

/**
 * One nightly beregning (table beregningskjoring): the day it ran for, the node that ran it, and how
 * many persons it reran and how many of them changed. {@code ferdig} is null while it runs (or when
 * its node died during the run).
 */
public record Beregningskjoring(LocalDate dato, String node, Instant startet, Instant ferdig, Integer personer,
                                Integer endret) implements Serializable {

    public LocalDateTime startetNorskTid() {
        return LocalDateTime.ofInstant(startet, Norsktid.SONE);
    }

    public LocalDateTime ferdigNorskTid() {
        return ferdig == null ? null : LocalDateTime.ofInstant(ferdig, Norsktid.SONE);
    }
}
