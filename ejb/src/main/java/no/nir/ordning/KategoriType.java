package no.nir.ordning;

/** The kategorier of SPEC §2, each under one lovverk. */
public enum KategoriType {
    KVALIFISERING_I_MOTTAK("Kvalifisering i mottak", Lovverk.INTEGRERINGSLOVEN),
    INTRODUKSJONSPROGRAM("Rett og plikt til introduksjonsprogram", Lovverk.INTEGRERINGSLOVEN),
    OPPLAERING_NORSK_SAMFUNNSKUNNSKAP("Rett og plikt til opplæring i norsk og samfunnskunnskap", Lovverk.INTEGRERINGSLOVEN),
    INTRODUKSJONSPROGRAM_INTRODUKSJONSLOVEN("Rett og plikt til introduksjonsprogram", Lovverk.INTRODUKSJONSLOVEN),
    NORSKOPPLAERING_INTRODUKSJONSLOVEN("Rett og plikt til norskopplæring", Lovverk.INTRODUKSJONSLOVEN);

    private final String visningsnavn;
    private final Lovverk lovverk;

    KategoriType(String visningsnavn, Lovverk lovverk) {
        this.visningsnavn = visningsnavn;
        this.lovverk = lovverk;
    }

    public String visningsnavn() {
        return visningsnavn;
    }

    public Lovverk lovverk() {
        return lovverk;
    }
}
