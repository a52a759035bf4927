package no.nir.kompetanse;

/** The three steps of the Kompetanse status line, in order. */
public enum KompetanseStatus {
    SELVREGISTRERT_MOTTATT("Selvregistrert kompetanse mottatt"),
    NOTAT_PABEGYNT("Karriereveileders notat påbegynt"),
    NOTAT_FULLFORT("Karriereveileders notat fullført");

    private final String visningsnavn;

    KompetanseStatus(String visningsnavn) {
        this.visningsnavn = visningsnavn;
    }

    public String visningsnavn() {
        return visningsnavn;
    }
}
