package no.nir.datakilde;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import no.nir.kalender.Norsktid;

/**
 * An event in the dead-letter queue, as operators see it: its ids and the reason, not its content
 * (which holds personal data). Fields read from the event are null when it could not be read.
 *
 * @param id      the message's id in the queue (resend or discard it by this)
 * @param forsok  how many times it was tried
 * @param feilet  when it was given up
 * @param sendt   when the sender sent it (for a line of a file: when the load read it)
 */
public record Dodbrev(String id, String hendelseId, String kilde, String type, String arsak, int forsok,
                      Instant feilet, Instant sendt) implements Serializable {

    public LocalDateTime feiletNorskTid() {
        return LocalDateTime.ofInstant(feilet, Norsktid.SONE);
    }

    public LocalDateTime sendtNorskTid() {
        return LocalDateTime.ofInstant(sendt, Norsktid.SONE);
    }
}
