package no.nir.kompetanse;

/** Who registered a person's kompetanse ("Om registreringen"). */
public enum Kilde {
    SELVREGISTRERT("Selvregistrert"),
    IMDI("Registrert av IMDi");

    private final String visningsnavn;

    Kilde(String visningsnavn) {
        this.visningsnavn = visningsnavn;
    }

    public String visningsnavn() {
        return visningsnavn;
    }
}
