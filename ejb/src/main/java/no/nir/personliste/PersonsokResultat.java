package no.nir.personliste;

import java.io.Serializable;
import java.util.List;

/** The hits of a search, at most {@link PersonsokService#MAKS_TREFF}; {@code flere} when there were more. */
public record PersonsokResultat(List<PersonsokTreff> treff, boolean flere) implements Serializable {
}
