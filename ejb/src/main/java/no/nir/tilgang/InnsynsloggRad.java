package no.nir.tilgang;

import java.io.Serializable;
import java.time.Instant;

/** One line of the innsynslogg as the kommune's administrator sees it. */
public record InnsynsloggRad(long id, Instant tidspunkt, String bruker, Handling handling, long personId,
                             String dufNummer, String personNavn, String kommunenummer, String detaljer)
        implements Serializable {
}
