package no.nir.datakilde;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an event says happened (stored as the name, column faktaendring.type). Each changes one
 * group of facts; an event older than the newest applied event of its group is recorded but not
 * applied. A new person's registration also places the person, so it counts for the bosted too.
 */
public enum Hendelsestype {
    NY_PERSON("Ny person", Faktagruppe.PERSONALIA, Faktagruppe.BOSTED),
    TILLATELSE_INNVILGET("Tillatelse innvilget", Faktagruppe.TILLATELSE),
    FLYTTET_INN_I_MOTTAK("Flyttet inn i mottak", Faktagruppe.BOSTED),
    FLYTTET_UT_AV_MOTTAK("Flyttet ut av mottak", Faktagruppe.BOSTED),
    BOSATT("Bosatt", Faktagruppe.BOSTED),
    FODSELSNUMMER_TILDELT("Fødselsnummer tildelt", Faktagruppe.FODSELSNUMMER),
    NAVN_ENDRET("Navn endret", Faktagruppe.PERSONALIA);

    /** Groups of facts that one event replaces as a whole. */
    public enum Faktagruppe { PERSONALIA, TILLATELSE, BOSTED, FODSELSNUMMER }

    private final String visningsnavn;
    private final Faktagruppe gruppe;
    private final Set<Faktagruppe> grupper;

    Hendelsestype(String visningsnavn, Faktagruppe gruppe, Faktagruppe... flere) {
        this.visningsnavn = visningsnavn;
        this.gruppe = gruppe;
        this.grupper = EnumSet.of(gruppe, flere);
    }

    public String visningsnavn() {
        return visningsnavn;
    }

    /** The facts this event changes on a person already registered. */
    public Faktagruppe gruppe() {
        return gruppe;
    }

    /** The event types whose applied events are newer facts of the same group as this one. */
    public Set<Hendelsestype> sammeFakta() {
        Set<Hendelsestype> typer = EnumSet.noneOf(Hendelsestype.class);
        for (Hendelsestype t : values()) {
            if (t.grupper.contains(gruppe)) {
                typer.add(t);
            }
        }
        return typer;
    }
}
