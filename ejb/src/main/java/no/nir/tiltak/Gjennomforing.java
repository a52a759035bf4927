package no.nir.tiltak;

/** Whether a Livsmestring or Foreldreveiledning tiltak was carried out. */
public enum Gjennomforing {
    IKKE_REGISTRERT("Ikke registrert"),
    GJENNOMFORT("Gjennomført"),
    IKKE_GJENNOMFORT("Ikke gjennomført");

    private final String visningsnavn;

    Gjennomforing(String visningsnavn) {
        this.visningsnavn = visningsnavn;
    }

    public String visningsnavn() {
        return visningsnavn;
    }
}
