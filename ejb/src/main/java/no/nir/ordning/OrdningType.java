package no.nir.ordning;

/** The ordninger (schemes) a kategori gives. */
public enum OrdningType {
    KVALIFISERING_MOTTAKSBEBOERE("Kvalifisering for mottaksbeboere", true),
    KOMPETANSEKARTLEGGING("Kompetansekartlegging", false),
    INTRODUKSJONSPROGRAM("Introduksjonsprogram", true),
    KARRIEREVEILEDNING("Karriereveiledning", false),
    OPPLAERING_NORSK_SAMFUNNSKUNNSKAP("Opplæring i norsk og samfunnskunnskap", false),
    NORSKOPPLAERING("Norskopplæring", false);

    private final String visningsnavn;
    private final boolean harTiltak;

    OrdningType(String visningsnavn, boolean harTiltak) {
        this.visningsnavn = visningsnavn;
        this.harTiltak = harTiltak;
    }

    public String visningsnavn() {
        return visningsnavn;
    }

    /** Whether the kommune registers tiltak on this ordning (the tiltak menu of the guide). */
    public boolean harTiltak() {
        return harTiltak;
    }
}
