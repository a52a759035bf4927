package no.nir.innsynslogg;

/** What a user did that the innsynslogg records. */
public enum Handling {
    LES_PERSON("Åpnet person"),
    REGISTRER_TILTAK("Registrerte tiltak"),
    ENDRE_TILTAK("Endret tiltak"),
    SLETT_TILTAK("Slettet tiltak");

    private final String visningsnavn;

    Handling(String visningsnavn) {
        this.visningsnavn = visningsnavn;
    }

    public String visningsnavn() {
        return visningsnavn;
    }
}
