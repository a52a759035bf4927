package no.nir.datakilde;

import java.io.Serializable;
import java.time.Instant;

/** One line of a person's changes from the registers, for the Grunndata page. */
public record FaktaendringRad(Instant tidspunkt, Kilde kilde, Hendelsestype type, String hendelseId, boolean anvendt,
                              String beskrivelse) implements Serializable {
}
