package no.nir.personliste;

import java.io.Serializable;

/** A fylke, kommune or bydel the caller may filter on; {@code overordnet} is its fylke or kommune. */
public record Filtervalg(String nummer, String navn, String overordnet) implements Serializable {
}
