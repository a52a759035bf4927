package no.nir.ordning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrdningTypeTest {

    /** The person lists sort on ordning by the type code (one index serves it), meaning the shown name. */
    @Test
    void kodeneSortererSomVisningsnavnene() {
        List<OrdningType> etterKode = Arrays.stream(OrdningType.values())
                .sorted(Comparator.comparing(OrdningType::name)).toList();
        List<OrdningType> etterNavn = Arrays.stream(OrdningType.values())
                .sorted(Comparator.comparing(OrdningType::visningsnavn)).toList();
        assertEquals(etterNavn, etterKode);
    }
}
