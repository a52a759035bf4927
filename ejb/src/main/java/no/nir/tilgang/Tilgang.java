package no.nir.tilgang;

import java.io.Serializable;
import java.util.Set;

/**
 * What the caller may see and do: roles, kommuner and an optional bydel. Immutable; built per call
 * from the container's security identity by {@link TilgangKilde}.
 */
public record Tilgang(String brukernavn, Set<String> roller, Set<String> kommuner, String bydel) implements Serializable {

    public Tilgang {
        roller = Set.copyOf(roller);
        kommuner = Set.copyOf(kommuner);
    }

    public boolean harRolle(String rolle) {
        return roller.contains(rolle);
    }

    /** IMDi users see every kommune. */
    public boolean erNasjonal() {
        return harRolle(Rolle.IMDI);
    }

    /** Whether one of the caller's roles gives the capability ({@link Evne}, the one table). */
    public boolean kan(Evne evne) {
        return evne.gis(roller);
    }

    public boolean kanLesePersoner() {
        return kan(Evne.LESE_PERSONER);
    }

    public boolean kanLeseKompetanse() {
        return kan(Evne.LESE_KOMPETANSE);
    }

    public boolean kanLeseTiltak() {
        return kan(Evne.LESE_TILTAK);
    }

    public boolean kanLeseInnsynslogg() {
        return kan(Evne.LESE_INNSYNSLOGG);
    }

    public boolean kanEndreTiltak() {
        return kan(Evne.ENDRE_TILTAK);
    }

    public boolean kanDrifteDatakilder() {
        return kan(Evne.DRIFTE_DATAKILDER);
    }

    /** Which kommuner and bydel the caller sees: the one scope rule. */
    public Omfang omfang() {
        return new Omfang(erNasjonal(), kommuner, bydel);
    }
}
