package no.nir.ordning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC §2's table of kategorier and the ordninger each gives, written out by hand. */
class KategoriTypeTest {

    @Test
    void ordningeneHverKategoriGir() {
        Map<KategoriType, List<OrdningType>> spec = Map.of(
                KategoriType.KVALIFISERING_I_MOTTAK,
                List.of(OrdningType.KVALIFISERING_MOTTAKSBEBOERE, OrdningType.KOMPETANSEKARTLEGGING),
                KategoriType.INTRODUKSJONSPROGRAM,
                List.of(OrdningType.INTRODUKSJONSPROGRAM, OrdningType.KOMPETANSEKARTLEGGING, OrdningType.KARRIEREVEILEDNING),
                KategoriType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP, List.of(OrdningType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP),
                KategoriType.INTRODUKSJONSPROGRAM_INTRODUKSJONSLOVEN, List.of(OrdningType.INTRODUKSJONSPROGRAM),
                KategoriType.NORSKOPPLAERING_INTRODUKSJONSLOVEN, List.of(OrdningType.NORSKOPPLAERING));
        for (KategoriType type : KategoriType.values()) {
            assertEquals(spec.get(type), type.ordninger(), type.name());
        }
    }

    @Test
    void navnOgLovverkSomITabellen() {
        assertEquals(List.of("Kvalifisering i mottak / Integreringsloven",
                        "Rett og plikt til introduksjonsprogram / Integreringsloven",
                        "Rett og plikt til opplæring i norsk og samfunnskunnskap / Integreringsloven",
                        "Rett og plikt til introduksjonsprogram / Introduksjonsloven",
                        "Rett og plikt til norskopplæring / Introduksjonsloven"),
                Arrays.stream(KategoriType.values())
                        .map(k -> k.visningsnavn() + " / " + k.lovverk().visningsnavn()).toList());
    }
}
