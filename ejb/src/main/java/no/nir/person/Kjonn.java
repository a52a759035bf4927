package no.nir.person;

/** Stored as the single letter of the name (column person.kjonn). */
public enum Kjonn {
    M("Mann"),
    K("Kvinne");

    private final String visningsnavn;

    Kjonn(String visningsnavn) {
        this.visningsnavn = visningsnavn;
    }

    public String visningsnavn() {
        return visningsnavn;
    }
}
