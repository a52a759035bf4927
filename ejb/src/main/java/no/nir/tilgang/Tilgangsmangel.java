package no.nir.tilgang;

import java.io.Serializable;
import java.util.List;

/**
 * Why a logged-in user cannot use NIR: the realm gives no NIR role, no valid kommune, or a bydel that
 * is not six digits. {@code fikk} holds the values the realm gave for {@code attributt}, so the user
 * and the administrator see what to correct (e.g. kommunenummer "301" from an unquoted CLI value).
 */
public record Tilgangsmangel(Type type, String brukernavn, String attributt, List<String> fikk) implements Serializable {

    public enum Type { INGEN_ROLLE, INGEN_KOMMUNE, UGYLDIG_BYDEL }

    public Tilgangsmangel {
        fikk = List.copyOf(fikk);
    }

    /** The received values quoted, as in "'301', '42'"; empty when the attribute had none. */
    public String fikkTekst() {
        return fikk.stream().map(v -> "'" + v + "'").reduce((a, b) -> a + ", " + b).orElse("");
    }
}
