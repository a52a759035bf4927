package no.nir.personliste;

import java.io.Serializable;
import java.util.List;

/** The geography within the caller's scope, for the list filters "Alle fylker / kommuner / bydeler". */
public record Filterverdier(List<Filtervalg> fylker, List<Filtervalg> kommuner, List<Filtervalg> bydeler)
        implements Serializable {
}
