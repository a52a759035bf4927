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

    public boolean kanLesePersoner() {
        return harRolle(Rolle.NIR_LES) || harRolle(Rolle.NIR_SKRIV) || harRolle(Rolle.KOMMUNEADMIN) || erNasjonal();
    }

    public boolean kanLeseKompetanse() {
        return harRolle(Rolle.NIR_LES) || harRolle(Rolle.NIR_SKRIV) || harRolle(Rolle.BOSETTING) || erNasjonal();
    }

    public boolean kanLeseTiltak() {
        return harRolle(Rolle.NIR_LES) || harRolle(Rolle.NIR_SKRIV) || erNasjonal();
    }

    /** The kommune's administrator (and IMDi) sees who looked at its persons. */
    public boolean kanLeseInnsynslogg() {
        return harRolle(Rolle.KOMMUNEADMIN) || erNasjonal();
    }

    public boolean kanEndreTiltak() {
        return harRolle(Rolle.NIR_SKRIV);
    }

    /** Which kommuner and bydel the caller sees: the one scope rule. */
    public Omfang omfang() {
        return new Omfang(erNasjonal(), kommuner, bydel);
    }
}
