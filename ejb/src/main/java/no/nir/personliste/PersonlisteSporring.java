package no.nir.personliste;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import no.nir.ordning.KategoriType;
import no.nir.ordning.OrdningStatus;
import no.nir.ordning.OrdningType;
import no.nir.tilgang.Tilgang;

/**
 * The SQL of one person list search, on the tables the database keeps for the lists (V10):
 * {@code personlinje} (one row per open ordning) and {@code personliste_antall} (line counts per
 * kategori, ordning type, har_tiltak, kommune and bydel).
 *
 * <p>Counts are sums of counter rows. A page is a UNION ALL of branches, one per non-empty
 * (kategori, ordning type, har_tiltak[, kommune]) from the counters, each read from an index in the
 * sort order: a page costs its own lines plus the offset, whatever the size of the list. Searches on DUF-nummer, name or frist are narrow; they go straight to their index
 * and are counted and sorted as they are.
 */
final class PersonlisteSporring {

    /** Up to this many kommuner, branches go per kommune; beyond, the national indexes serve. */
    static final int MAKS_KOMMUNEGRENER = 8;

    private static final List<String> KOLONNER = List.of("person_id", "id", "duf_nummer", "fornavn", "etternavn",
            "kategori_type", "fra_dato", "type", "frist", "status");
    private static final Set<String> DATOKOLONNER = Set.of("fra_dato", "frist");

    private final EntityManager em;
    private final Tilgang tilgang;
    private final PersonlisteKriterier kriterier;
    private final LocalDate idag;
    /** Where the lines are read through plain JDBC instead of EclipseLink (the CSV download). */
    private Connection jdbc;

    PersonlisteSporring(EntityManager em, Tilgang tilgang, PersonlisteKriterier kriterier, LocalDate idag) {
        this.em = em;
        this.tilgang = tilgang;
        this.kriterier = kriterier;
        this.idag = idag;
    }

    long antall() {
        SqlVilkar vilkar = vilkar();
        String sql = smal()
                ? "select count(*) from personlinje o" + vilkar.where()
                : "select coalesce(sum(o.antall), 0) from personliste_antall o" + vilkar.where();
        return ((Number) vilkar.query(em, sql).getSingleResult()).longValue();
    }

    List<PersonlisteRad> side(PersonlisteSortering sortering, boolean synkende, int forste, int antall) {
        return rader(sortering, synkende, forste, antall, null);
    }

    /**
     * The next lines after the given ordning id, in id order (the CSV download's keyset chunks),
     * read through the given JDBC connection.
     */
    List<PersonlisteRad> etter(Connection connection, long ordningId, int antall) {
        jdbc = connection;
        return rader(null, false, 0, antall, v -> v.og("o.id > ?", ordningId));
    }

    /** A page in the given order; without one, in ordning id order. */
    private List<PersonlisteRad> rader(PersonlisteSortering sortering, boolean synkende, int forste, int antall,
                                       Consumer<SqlVilkar> ekstra) {
        SqlVilkar vilkar = vilkar();
        if (ekstra != null) {
            ekstra.accept(vilkar);
        }
        if (smal()) {
            return rader(vilkar, kolonner("o") + " from personlinje o" + vilkar.where()
                    + rekkefolge(sortering, synkende, "o") + vilkar.side(forste, antall));
        }
        List<String> grener = grener(vilkar, sortering, synkende, forste + antall);
        if (grener.isEmpty()) {
            return List.of();
        }
        // The page's ids and sort values first, from the indexes alone; then its lines.
        String side = "select o.id" + sorterte(sortering, "o") + " from (" + String.join(" union all ", grener) + ") o"
                + rekkefolge(sortering, synkende, "o") + vilkar.side(forste, antall);
        return rader(vilkar, kolonner("l") + " from (" + side + ") s join personlinje l on l.id = s.id"
                + rekkefolge(sortering, synkende, "s"));
    }

    /**
     * One SELECT per non-empty branch, each with all conditions plus the branch's equalities, so
     * each reads one index range in the sort order, and stops after the lines the page can need.
     * (PostgreSQL cannot merge UNION ALL branches that have WHERE clauses, so each sorts and limits
     * itself, and the outer query sorts their few lines.) Each branch reads only columns of its
     * index: an index-only scan, no table rows for the lines skipped by the offset.
     */
    private List<String> grener(SqlVilkar vilkar, PersonlisteSortering sortering, boolean synkende, int tilOgMed) {
        List<Object[]> nokler = nokler();
        Set<String> kommuner = new LinkedHashSet<>();
        nokler.forEach(n -> kommuner.add((String) n[3]));
        boolean perKommune = kommuner.size() <= MAKS_KOMMUNEGRENER;
        Set<List<Object>> grener = new LinkedHashSet<>();
        for (Object[] n : nokler) {
            grener.add(perKommune ? List.of(n[0], n[1], n[2], n[3]) : List.of(n[0], n[1], n[2]));
        }
        String where = vilkar.where();
        String rekkefolge = rekkefolge(sortering, synkende, "o") + " limit " + vilkar.parameter(tilOgMed);
        List<String> sql = new ArrayList<>();
        for (List<Object> gren : grener) {
            String likhet = " and o.kategori_type = " + vilkar.parameter(gren.get(0))
                    + " and o.type = " + vilkar.parameter(gren.get(1))
                    + " and o.har_tiltak = " + vilkar.parameter(gren.get(2))
                    + (perKommune ? " and o.oppfolgingskommune_nummer = cast(" + vilkar.parameter(gren.get(3))
                            + " as bpchar)" : "");
            sql.add("(select o.id" + sorterte(sortering, "o") + " from personlinje o" + where + likhet + rekkefolge + ")");
        }
        return sql;
    }

    /** The (kategori, ordning type, har_tiltak, kommune) that have lines in this search. */
    @SuppressWarnings("unchecked")
    private List<Object[]> nokler() {
        SqlVilkar vilkar = vilkar();
        return vilkar.query(em, "select o.kategori_type, o.type, o.har_tiltak, o.oppfolgingskommune_nummer"
                + " from personliste_antall o" + vilkar.where()
                + " group by o.kategori_type, o.type, o.har_tiltak, o.oppfolgingskommune_nummer"
                + " having sum(o.antall) > 0").getResultList();
    }

    /**
     * The conditions, in columns that personlinje and personliste_antall share; for a narrow search
     * also DUF, name and frist, which only personlinje has.
     */
    private SqlVilkar vilkar() {
        SqlVilkar vilkar = new SqlVilkar().ogInnenfor(tilgang.omfang(), "o");
        PersonlisteKriterier kr = kriterier;
        if (kr.modus() == PersonlisteKriterier.Modus.TILTAK) {
            vilkar.og("o.kategori_type = ?", KategoriType.KVALIFISERING_I_MOTTAK.name())
                    .og("o.type = ?", OrdningType.KVALIFISERING_MOTTAKSBEBOERE.name())
                    .og("o.har_tiltak = ?", kr.medTiltak());
        } else {
            if (kr.kategori() != null) {
                vilkar.og("o.kategori_type = ?", kr.kategori().name());
            } else {
                List<String> typer = Arrays.stream(KategoriType.values())
                        .filter(t -> t.lovverk() == kr.lovverk()).map(Enum::name).toList();
                vilkar.og("o.kategori_type in (" + String.join(", ", Collections.nCopies(typer.size(), "?")) + ")",
                        typer.toArray());
            }
            if (kr.ordning() != null) {
                vilkar.og("o.type = ?", kr.ordning().name());
            }
        }
        if (kr.fylke() != null) {
            vilkar.og("o.oppfolgingskommune_nummer in (select nummer from kommune where fylke_nummer = "
                    + SqlVilkar.TEGN + ")", kr.fylke());
        }
        if (kr.kommune() != null) {
            vilkar.og("o.oppfolgingskommune_nummer = " + SqlVilkar.TEGN, kr.kommune());
        }
        if (kr.bydel() != null) {
            vilkar.og("o.bydel_nummer = " + SqlVilkar.TEGN, kr.bydel());
        }
        if (kr.duf() != null) {
            // Typed with or without spaces; a whole number uses the unique index, a part is a prefix.
            String siffer = kr.duf().replaceAll("\\D", "");
            vilkar.og(siffer.length() == 12 ? "o.duf_nummer = " + SqlVilkar.TEGN : "o.duf_nummer like ?",
                    siffer.length() == 12 ? siffer : siffer + "%");
        }
        if (harNavn()) {
            vilkar.ogNavnInneholder("o.navn_sok", kr.navn());
        }
        if (kr.fristInnenDager() != null) {
            // A constant, not a parameter: the partial index on active friste must be provably usable.
            vilkar.og("o.status = '" + OrdningStatus.AKTIV.name() + "'")
                    .og("o.frist between ? and ?", idag, idag.plusDays(kr.fristInnenDager()));
        }
        return vilkar;
    }

    /** DUF, name or frist: few lines, found through their own index, not through the counters. */
    private boolean smal() {
        return kriterier.duf() != null || harNavn() || kriterier.fristInnenDager() != null;
    }

    private boolean harNavn() {
        return kriterier.navn() != null && !kriterier.navn().isBlank();
    }


    private static String rekkefolge(PersonlisteSortering sortering, boolean synkende, String alias) {
        return sortering == null ? " order by " + alias + ".id" : sortering.orderBy(alias, synkende);
    }

    private static String sorterte(PersonlisteSortering sortering, String alias) {
        return sortering == null ? "" : ", " + sortering.kolonner(alias);
    }

    private static String kolonner(String alias) {
        return "select " + String.join(", ", KOLONNER.stream().map(k -> alias + "." + k).toList());
    }

    @SuppressWarnings("unchecked")
    private List<PersonlisteRad> rader(SqlVilkar vilkar, String sql) {
        if (jdbc != null) {
            return jdbcRader(vilkar, sql);
        }
        List<Object[]> rader = vilkar.query(em, sql).getResultList();
        return rader.stream().map(PersonlisteSporring::rad).toList();
    }

    private List<PersonlisteRad> jdbcRader(SqlVilkar vilkar, String sql) {
        try (PreparedStatement setning = vilkar.jdbc(jdbc, sql); ResultSet r = setning.executeQuery()) {
            List<PersonlisteRad> rader = new ArrayList<>();
            while (r.next()) {
                Object[] verdier = new Object[KOLONNER.size()];
                for (int i = 0; i < verdier.length; i++) {
                    // Dates straight to LocalDate: through java.sql.Date they cost a Calendar each.
                    verdier[i] = DATOKOLONNER.contains(KOLONNER.get(i))
                            ? r.getObject(i + 1, LocalDate.class) : r.getObject(i + 1);
                }
                rader.add(rad(verdier));
            }
            return rader;
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** A line from its {@link #KOLONNER}, as EclipseLink or JDBC returns them. */
    private static PersonlisteRad rad(Object[] r) {
        return new PersonlisteRad(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], KategoriType.valueOf((String) r[5]),
                SqlVilkar.dato(r[6]), OrdningType.valueOf((String) r[7]), SqlVilkar.dato(r[8]),
                OrdningStatus.valueOf((String) r[9]));
    }
}
