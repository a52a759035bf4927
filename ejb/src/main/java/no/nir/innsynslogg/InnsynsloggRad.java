package no.nir.innsynslogg;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import no.nir.kalender.Norsktid;

/** One line of the innsynslogg as the kommune's administrator sees it. */
public record InnsynsloggRad(long id, Instant tidspunkt, String bruker, Handling handling, long personId,
                             String dufNummer, String personNavn, String kommunenummer, String detaljer)
        implements Serializable {

    /** The moment in Norwegian time, for display (Faces cannot format an Instant with a pattern). */
    public LocalDateTime norskTid() {
        return LocalDateTime.ofInstant(tidspunkt, Norsktid.SONE);
    }
}
