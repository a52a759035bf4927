package no.nir.person;

import java.util.Arrays;
import java.util.stream.Collectors;
import no.nir.ordning.OrdningType;

/** The sortable columns: a whitelist, so no typed text ever reaches ORDER BY. */
public enum PersonlisteSortering {
    DUF("duf", "p.duf_nummer"),
    NAVN("navn", "p.fornavn", "p.etternavn"),
    KATEGORI_FRA("kategoriFra", "o.fra_dato"),
    ORDNING("ordning", ordningsnavn()),
    FRIST("frist", "o.frist");

    private final String felt;
    private final String[] kolonner;

    PersonlisteSortering(String felt, String... kolonner) {
        this.felt = felt;
        this.kolonner = kolonner;
    }

    /** The name used in the URL and by the table's columns. */
    public String felt() {
        return felt;
    }

    public static PersonlisteSortering forFelt(String felt) {
        return Arrays.stream(values()).filter(s -> s.felt.equals(felt)).findFirst().orElse(DUF);
    }

    /** ORDER BY with the ordning id last, so pages are stable when values repeat. */
    String orderBy(boolean synkende) {
        String retning = synkende ? " desc nulls last" : " asc nulls last";
        return " order by " + Arrays.stream(kolonner).map(k -> k + retning).collect(Collectors.joining(", "))
                + ", o.id" + (synkende ? " desc" : "");
    }

    /** Sort by the shown name of the ordning, not its code. */
    private static String ordningsnavn() {
        return Arrays.stream(OrdningType.values())
                .map(t -> "when '" + t.name() + "' then '" + t.visningsnavn().replace("'", "''") + "'")
                .collect(Collectors.joining(" ", "case o.type ", " end"));
    }
}
