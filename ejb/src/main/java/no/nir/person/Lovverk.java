package no.nir.person;

import java.time.LocalDate;

/** The act a person falls under; decided by the permit date. */
public enum Lovverk {
    INTEGRERINGSLOVEN("Integreringsloven"),
    INTRODUKSJONSLOVEN("Introduksjonsloven");

    /** The integration act came into force on this date. */
    public static final LocalDate INTEGRERINGSLOVEN_FRA = LocalDate.of(2021, 1, 1);

    private final String visningsnavn;

    Lovverk(String visningsnavn) {
        this.visningsnavn = visningsnavn;
    }

    public String visningsnavn() {
        return visningsnavn;
    }

    /** Integreringsloven when the permit is on or after 01.01.2021, or when there is no permit yet. */
    public static Lovverk forTillatelsesdato(LocalDate tillatelsesdato) {
        return tillatelsesdato == null || !tillatelsesdato.isBefore(INTEGRERINGSLOVEN_FRA)
                ? INTEGRERINGSLOVEN : INTRODUKSJONSLOVEN;
    }
}
