package no.nir.tilgang;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The scope rule of SPEC §1, in one place: a caller sees a person (and what hangs on the person:
 * ordninger, tiltak, Kompetanse, innsynslogg lines) only when the person's oppfølgingskommune is
 * one of the caller's kommuner and, where the caller has a bydel, the person's bydel is that bydel.
 * IMDi sees every kommune. It answers for one kommune/bydel ({@link #kanSe}) and writes the same
 * rule as a query condition ({@link #sql}, {@link #jpql}), so lists and single reads never disagree.
 *
 * @param bydel null when the caller is not limited to a bydel
 */
public record Omfang(boolean nasjonal, Set<String> kommuner, String bydel) implements Serializable {

    /** A parameter compared with a char(n) column; see SqlVilkar.TEGN for why the cast keeps the index. */
    private static final String SQL_TEGN = "cast(? as bpchar)";

    public Omfang {
        kommuner = Set.copyOf(kommuner);
    }

    public boolean kanSe(String kommunenummer, String bydelsnummer) {
        if (nasjonal) {
            return true;
        }
        if (kommunenummer == null || !kommuner.contains(kommunenummer)) {
            return false;
        }
        return bydel == null || bydel.equals(bydelsnummer);
    }

    /**
     * The rule as a native SQL condition with one {@code cast(? as bpchar)} per value, for
     * SqlVilkar and similar builders; null when nothing limits (IMDi).
     *
     * @param bydelKolonne null where only the kommune limits (a list of kommuner to choose from)
     */
    public Vilkar sql(String kommuneKolonne, String bydelKolonne) {
        return vilkar(kommuneKolonne, bydelKolonne, SQL_TEGN);
    }

    /** The rule as a JPQL condition with positional parameters ?1, ?2, … ({@link Vilkar#settVerdier}). */
    public Vilkar jpql(String kommuneFelt, String bydelFelt) {
        Vilkar vilkar = vilkar(kommuneFelt, bydelFelt, "?");
        if (vilkar == null) {
            return null;
        }
        StringBuilder tekst = new StringBuilder();
        int nummer = 0;
        for (char c : vilkar.tekst().toCharArray()) {
            tekst.append(c);
            if (c == '?') {
                tekst.append(++nummer);
            }
        }
        return new Vilkar(tekst.toString(), vilkar.verdier());
    }

    /**
     * A JPQL query limited to the scope: {@code fra} (select … from …), the condition as its where
     * clause (none for IMDi), then {@code orden}. The one way the services build a scoped JPQL query.
     */
    public <T> TypedQuery<T> sporring(EntityManager em, String fra, String kommuneFelt, String bydelFelt, String orden,
                                      Class<T> type) {
        Vilkar vilkar = jpql(kommuneFelt, bydelFelt);
        return vilkar == null ? em.createQuery(fra + orden, type)
                : vilkar.settVerdier(em.createQuery(fra + " where " + vilkar.tekst() + orden, type));
    }

    private Vilkar vilkar(String kommuneKolonne, String bydelKolonne, String parameter) {
        if (nasjonal) {
            return null;
        }
        if (kommuner.isEmpty()) {
            // No kommune: nothing is visible. A condition that is false, not a placeholder value.
            return new Vilkar("1 = 0", List.of());
        }
        List<Object> verdier = new ArrayList<>(kommuner.stream().sorted().toList());
        String tekst = kommuneKolonne + " in (" + String.join(", ", Collections.nCopies(kommuner.size(), parameter)) + ")";
        if (bydel != null && bydelKolonne != null) {
            tekst += " and " + bydelKolonne + " = " + parameter;
            verdier.add(bydel);
        }
        return new Vilkar(tekst, verdier);
    }

    /** A condition and its values, in the order of its parameters. */
    public record Vilkar(String tekst, List<Object> verdier) implements Serializable {

        public Vilkar {
            verdier = List.copyOf(verdier);
        }

        /** Sets the values of a {@link #jpql} condition, which numbers its parameters from 1. */
        public <Q extends Query> Q settVerdier(Q query) {
            for (int i = 0; i < verdier.size(); i++) {
                query.setParameter(i + 1, verdier.get(i));
            }
            return query;
        }
    }
}
