package no.nir.tilgang;

import java.util.Set;

/**
 * What each role may do (README "Roles and scope"), in one table: the menus ask {@link Tilgang#kan},
 * every EJB method names its capability with {@link Krever}, and a unit test checks that the
 * method's {@code @RolesAllowed} lists exactly these roles (an annotation cannot read this table).
 */
public enum Evne {
    /** The person's header and name: every role, also Bosetting, whose Kompetanse page shows it. */
    SE_PERSON(Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.KOMMUNEADMIN, Rolle.BOSETTING, Rolle.IMDI),
    /** Search, lists, Grunndata, kategorier and ordninger. */
    LESE_PERSONER(Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.KOMMUNEADMIN, Rolle.IMDI),
    LESE_KOMPETANSE(Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.BOSETTING, Rolle.IMDI),
    LESE_TILTAK(Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.IMDI),
    /** Register, edit and delete tiltak, and rerun the beregning. */
    ENDRE_TILTAK(Rolle.NIR_SKRIV),
    /** The kommune's administrator (and IMDi) sees who looked at its persons. */
    LESE_INNSYNSLOGG(Rolle.KOMMUNEADMIN, Rolle.IMDI),
    /** The operators' page: versions, database and server state, no personal data. */
    LESE_DRIFTSINFO(Rolle.NIR_DRIFT, Rolle.IMDI),
    /** The upstream registers' events and loads: dead letters, the initial load, the nightly beregning's runs. */
    DRIFTE_DATAKILDER(Rolle.NIR_DRIFT);

    private final Set<String> roller;

    Evne(String... roller) {
        this.roller = Set.of(roller);
    }

    public Set<String> roller() {
        return roller;
    }

    public boolean gis(Set<String> brukerensRoller) {
        return roller.stream().anyMatch(brukerensRoller::contains);
    }

}
