package no.nir.ordning;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.nir.person.Lovverk;

/** The person's ordninger under one lovverk, for the NIR item of the person page's left menu. */
public record LovverkOrdninger(Lovverk lovverk, List<OrdningRad> ordninger) implements Serializable {

    public LovverkOrdninger {
        ordninger = List.copyOf(ordninger);
    }

    /** A person's ordninger as the menu shows them: by lovverk, integreringsloven first, active ones first. */
    public static List<LovverkOrdninger> meny(List<Ordning> ordninger, LocalDate idag) {
        Map<Lovverk, List<OrdningRad>> perLovverk = ordninger.stream()
                .collect(Collectors.groupingBy(o -> o.getKategori().getLovverk(), TreeMap::new,
                        Collectors.mapping(o -> OrdningRad.av(o, idag), Collectors.toList())));
        return perLovverk.entrySet().stream()
                .map(e -> new LovverkOrdninger(e.getKey(), e.getValue().stream()
                        .sorted(OrdningRad.AKTIVE_FORST).toList()))
                .toList();
    }
}
