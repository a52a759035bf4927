package no.nir.ordning;

import java.io.Serializable;
import java.util.List;

/** The person's ordninger under one lovverk, for the NIR item of the person page's left menu. */
public record LovverkOrdninger(Lovverk lovverk, List<OrdningRad> ordninger) implements Serializable {

    public LovverkOrdninger {
        ordninger = List.copyOf(ordninger);
    }
}
