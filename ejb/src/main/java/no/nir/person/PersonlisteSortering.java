package no.nir.person;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The sortable columns: a whitelist, so no typed text ever reaches ORDER BY. Each order is one of
 * the personlinje indexes (V10), read forwards, or backwards when descending.
 */
public enum PersonlisteSortering {
    DUF("duf", false, "o.duf_nummer"),
    NAVN("navn", false, "o.fornavn", "o.etternavn"),
    KATEGORI_FRA("kategoriFra", false, "o.fra_dato"),
    /** The type codes sort as the shown names do (OrdningTypeTest), so the code serves. */
    ORDNING("ordning", false, "o.type"),
    FRIST("frist", true, "o.frist");

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

    /** ORDER BY with the ordning id last, so pages are stable when values repeat. */
    String orderBy(boolean synkende) {
        String retning = !synkende ? "" : kanVaereTom ? " desc nulls last" : " desc";
        return " order by " + Arrays.stream(kolonner).map(k -> k + retning).collect(Collectors.joining(", "))
                + ", o.id" + (synkende ? " desc" : "");
    }
}
