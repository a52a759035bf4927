package no.nir.ordning;

import java.util.List;
import no.nir.person.Lovverk;

/**
 * The kategorier of SPEC §2, each under one lovverk, with the ordninger it can give (the one
 * place that knows them: {@link Beregning} gives these, in this order, where the person's facts
 * allow; the person lists offer them in the ordning filter).
 */
public enum KategoriType {
    KVALIFISERING_I_MOTTAK("Kvalifisering i mottak", Lovverk.INTEGRERINGSLOVEN,
            OrdningType.KVALIFISERING_MOTTAKSBEBOERE, OrdningType.KOMPETANSEKARTLEGGING),
    INTRODUKSJONSPROGRAM("Rett og plikt til introduksjonsprogram", Lovverk.INTEGRERINGSLOVEN,
            OrdningType.INTRODUKSJONSPROGRAM, OrdningType.KOMPETANSEKARTLEGGING, OrdningType.KARRIEREVEILEDNING),
    OPPLAERING_NORSK_SAMFUNNSKUNNSKAP("Rett og plikt til opplæring i norsk og samfunnskunnskap", Lovverk.INTEGRERINGSLOVEN,
            OrdningType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP),
    INTRODUKSJONSPROGRAM_INTRODUKSJONSLOVEN("Rett og plikt til introduksjonsprogram", Lovverk.INTRODUKSJONSLOVEN,
            OrdningType.INTRODUKSJONSPROGRAM),
    NORSKOPPLAERING_INTRODUKSJONSLOVEN("Rett og plikt til norskopplæring", Lovverk.INTRODUKSJONSLOVEN,
            OrdningType.NORSKOPPLAERING);

    private final String visningsnavn;
    private final Lovverk lovverk;
    private final List<OrdningType> ordninger;

    KategoriType(String visningsnavn, Lovverk lovverk, OrdningType... ordninger) {
        this.visningsnavn = visningsnavn;
        this.lovverk = lovverk;
        this.ordninger = List.of(ordninger);
    }

    /** The ordninger this kategori can give, in the order the person pages list them. */
    public List<OrdningType> ordninger() {
        return ordninger;
    }

    public String visningsnavn() {
        return visningsnavn;
    }

    public Lovverk lovverk() {
        return lovverk;
    }
}
