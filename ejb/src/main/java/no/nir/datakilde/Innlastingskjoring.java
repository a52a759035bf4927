package no.nir.datakilde;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import no.nir.kalender.Norsktid;

/**
 * One run of the initial load as the operators' page shows it. A restart is a new run of the same
 * load ({@code innlasting}); its figures go on from where the previous run's last checkpoint was.
 *
 * @param id        the run (job execution) id: restart or stop by it
 * @param status    the batch status: STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED
 * @param tall      the figures at the last checkpoint (all 0 before the first)
 * @param kanStartesPaaNytt the operator may restart it (it failed or stopped, or the server running it died)
 */
public record Innlastingskjoring(long id, long innlasting, String fil, String status, Instant startet, Instant ferdig,
                                 Innlastingstall tall, boolean kanStartesPaaNytt, boolean kanStoppes)
        implements Serializable {

    public LocalDateTime startetNorskTid() {
        return startet == null ? null : LocalDateTime.ofInstant(startet, Norsktid.SONE);
    }

    public LocalDateTime ferdigNorskTid() {
        return ferdig == null ? null : LocalDateTime.ofInstant(ferdig, Norsktid.SONE);
    }
}
