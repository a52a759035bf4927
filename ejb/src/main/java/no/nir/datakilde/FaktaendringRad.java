package no.nir.datakilde;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import no.nir.kalender.Norsktid;

/** One line of a person's changes from the registers, for the Grunndata page. */
public record FaktaendringRad(Instant tidspunkt, Kilde kilde, Hendelsestype type, String hendelseId, boolean anvendt,
                              String beskrivelse) implements Serializable {

    public LocalDateTime norskTid() {
        return LocalDateTime.ofInstant(tidspunkt, Norsktid.SONE);
    }
}
