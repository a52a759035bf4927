package no.nir.personliste;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nir.tilgang.Omfang;

/**
 * Builds the WHERE part of the native list and search queries. Values only ever travel as
 * positional parameters; the SQL text is made of constants in this package, so it is injection safe.
 */
final class SqlVilkar {

    /**
     * A parameter compared with a char(n) column. The JDBC driver sends strings as varchar, and
     * char(n) = varchar compares as text, which cannot use the column's index; this cast keeps it.
     */
    static final String TEGN = "cast(? as bpchar)";

    private static final Pattern PLASSHOLDER = Pattern.compile("\\?(\\d+)");

    private final List<String> vilkar = new ArrayList<>();
    private final List<Object> verdier = new ArrayList<>();

    /** A condition with '?' for each value, in order. */
    SqlVilkar og(String betingelse, Object... nyeVerdier) {
        StringBuilder sql = new StringBuilder();
        int neste = 0;
        for (char c : betingelse.toCharArray()) {
            if (c == '?') {
                verdier.add(jdbcVerdi(nyeVerdier[neste++]));
                sql.append('?').append(verdier.size());
            } else {
                sql.append(c);
            }
        }
        if (neste != nyeVerdier.length) {
            throw new IllegalArgumentException("Antall verdier passer ikke til " + betingelse);
        }
        vilkar.add(sql.toString());
        return this;
    }

    /**
     * A value for SQL text that the caller places itself (e.g. in each branch of a UNION ALL, where
     * the conditions of {@link #where()} are repeated): returns its placeholder.
     */
    String parameter(Object verdi) {
        verdier.add(jdbcVerdi(verdi));
        return "?" + verdier.size();
    }

    /** column IN (?, ?, …) for a small set, e.g. the caller's kommuner. */
    SqlVilkar ogIListe(String kolonne, Collection<String> liste) {
        if (liste.isEmpty()) {
            return og("1 = 0");
        }
        return og(kolonne + " in (" + String.join(", ", Collections.nCopies(liste.size(), TEGN)) + ")",
                liste.toArray());
    }

    /**
     * The scope rule ({@link Omfang}) on a table with oppfolgingskommune_nummer and bydel_nummer
     * (person p, or an open ordning o, which follows its person).
     */
    SqlVilkar ogInnenfor(Omfang omfang, String alias) {
        Omfang.Vilkar vilkar = omfang.sql(alias + ".oppfolgingskommune_nummer", alias + ".bydel_nummer");
        return vilkar == null ? this : og(vilkar.tekst(), vilkar.verdier().toArray());
    }

    /** Substring of the normalised name, with the typed text normalised by the same SQL function. */
    SqlVilkar ogNavnInneholder(String kolonne, String tekst) {
        return og(kolonne + " like '%' || navn_normalisert(?) || '%'", escapeLike(tekst.trim()));
    }

    String where() {
        return vilkar.isEmpty() ? "" : " where " + String.join(" and ", vilkar);
    }

    /** Appends LIMIT/OFFSET as parameters, so paging happens in PostgreSQL. */
    String side(int forste, int antall) {
        verdier.add(antall);
        verdier.add(forste);
        return " limit ?" + (verdier.size() - 1) + " offset ?" + verdier.size();
    }

    Query query(EntityManager em, String sql) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < verdier.size(); i++) {
            query.setParameter(i + 1, verdier.get(i));
        }
        return query;
    }

    /**
     * The same query through plain JDBC, for the CSV download's many rows (EclipseLink's row handling
     * was half of its CPU): each ?N becomes ?, bound in the order it appears, since the branches of a
     * UNION ALL repeat the same placeholders.
     */
    PreparedStatement jdbc(Connection connection, String sql) throws SQLException {
        Matcher plass = PLASSHOLDER.matcher(sql);
        List<Object> bundne = new ArrayList<>();
        StringBuilder tekst = new StringBuilder();
        while (plass.find()) {
            bundne.add(verdier.get(Integer.parseInt(plass.group(1)) - 1));
            plass.appendReplacement(tekst, "?");
        }
        plass.appendTail(tekst);
        PreparedStatement setning = connection.prepareStatement(tekst.toString());
        for (int i = 0; i < bundne.size(); i++) {
            setning.setObject(i + 1, bundne.get(i));
        }
        return setning;
    }

    static String escapeLike(String tekst) {
        return tekst.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static LocalDate dato(Object verdi) {
        if (verdi == null || verdi instanceof LocalDate) {
            return (LocalDate) verdi;
        }
        return ((java.sql.Date) verdi).toLocalDate();
    }

    private static Object jdbcVerdi(Object verdi) {
        return verdi instanceof LocalDate d ? java.sql.Date.valueOf(d) : verdi;
    }
}
