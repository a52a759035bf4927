package no.nir.datakilde;

/** The register an event comes from (stored as the name, column faktaendring.kilde). */
public enum Kilde {
    UDI("UDI"),
    IMDI("IMDi"),
    KOMMUNE("Kommunen"),
    FOLKEREGISTERET("Folkeregisteret");

    private final String visningsnavn;

    Kilde(String visningsnavn) {
        this.visningsnavn = visningsnavn;
    }

    public String visningsnavn() {
        return visningsnavn;
    }
}
