package no.nir.personliste;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The sortable columns: a whitelist, so no typed text ever reaches ORDER BY. Each order is one of
 * the personlinje indexes (V10), read forwards, or backwards when descending.
 */
public enum PersonlisteSortering {
    DUF("duf", false, "duf_nummer"),
    NAVN("navn", false, "fornavn", "etternavn"),
    KATEGORI_FRA("kategoriFra", false, "fra_dato"),
    /** The type codes sort as the shown names do (OrdningTypeTest), so the code serves. */
    ORDNING("ordning", false, "type"),
    FRIST("frist", true, "frist");

    private final String felt;
    /** Empty values last both ways: a descending index of its own serves that. */
    private final boolean kanVaereTom;
    private final String[] kolonner;

    PersonlisteSortering(String felt, boolean kanVaereTom, String... kolonner) {
        this.felt = felt;
        this.kanVaereTom = kanVaereTom;
        this.kolonner = kolonner;
    }

    /** The name used in the URL and by the table's columns. */
    public String felt() {
        return felt;
    }

    public static PersonlisteSortering forFelt(String felt) {
        return Arrays.stream(values()).filter(s -> s.felt.equals(felt)).findFirst().orElse(DUF);
    }

    /** ORDER BY on the table alias, with the ordning id last, so pages are stable when values repeat. */
    String orderBy(String alias, boolean synkende) {
        String retning = !synkende ? "" : kanVaereTom ? " desc nulls last" : " desc";
        return " order by " + Arrays.stream(kolonner).map(k -> alias + "." + k + retning)
                .collect(Collectors.joining(", ")) + ", " + alias + ".id" + (synkende ? " desc" : "");
    }

    /** The sorted columns, for a SELECT list. */
    String kolonner(String alias) {
        return Arrays.stream(kolonner).map(k -> alias + "." + k).collect(Collectors.joining(", "));
    }
}
