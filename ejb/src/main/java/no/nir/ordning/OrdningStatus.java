package no.nir.ordning;

public enum OrdningStatus {
    AKTIV("Aktiv"),
    INAKTIV("Inaktiv"),
    FULLFORT("Fullført");

    private final String visningsnavn;

    OrdningStatus(String visningsnavn) {
        this.visningsnavn = visningsnavn;
    }

    public String visningsnavn() {
        return visningsnavn;
    }
}
