package no.nir.personliste;

import java.io.Serializable;
import java.util.List;

/** The counts on the Arbeidsflate (SPEC §3.6) for the caller's kommuner. */
public record Arbeidsflatetall(long medTiltak, long utenTiltak, int fristDager, List<Fristtall> frister)
        implements Serializable {
}
