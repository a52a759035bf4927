package no.nir.tilgang;

import java.util.Set;

/** Container roles of SPEC §1, configured by the administrator in the application server. */
public final class Rolle {
    public static final String NIR_LES = "nir-les";
    public static final String NIR_SKRIV = "nir-skriv";
    public static final String KOMMUNEADMIN = "nir-kommuneadmin";
    public static final String BOSETTING = "bosetting";
    public static final String IMDI = "imdi";
    /** Operators: the operations pages (datakilder, /info), no personal data and no kommune. */
    public static final String NIR_DRIFT = "nir-drift";

    /** Every NIR role; a user with none of them cannot use NIR. */
    public static final Set<String> ALLE = Set.of(NIR_LES, NIR_SKRIV, KOMMUNEADMIN, BOSETTING, IMDI, NIR_DRIFT);

    private Rolle() {
    }
}
