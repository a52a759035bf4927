package no.nir.tiltak;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.nir.ordning.OrdningType;

/**
 * Keeps the report's figures (V30: rapport_ordning and rapport_ordning_gruppe, summed by triggers)
 * equal to what {@link Maanedsbidrag} derives from the ordninger of Kvalifisering for
 * mottaksbeboere and their tiltak that are not deleted. Plain JDBC, so the deployment's migration,
 * the services' transactions and the demo data generator share it.
 */
public final class Rapportgrunnlag {

    private static final String LES = "select o.id, o.fra_dato, o.til_dato, o.oppfolgingskommune_nummer, o.bydel_nummer,"
            + " ty.gruppe_kode, t.fra_dato, t.til_dato, t.timer_per_uke"
            + " from ordning o"
            + " left join tiltak t on t.ordning_id = o.id and t.slettet_tid is null"
            + " left join tiltakstype ty on ty.kode = t.tiltakstype_kode"
            + " where o.type = '" + OrdningType.KVALIFISERING_MOTTAKSBEBOERE.name() + "'";
    /** Many rows per statement: one array per column, so a bulk load costs few round trips. */
    private static final String NY_MAANED = "insert into rapport_ordning (ordning_id, maaned, kommune_nummer, bydel_nummer,"
            + " inn, ut, med_tiltak, snitt) select * from unnest(?::bigint[], ?::date[], ?::text[], ?::text[],"
            + " ?::smallint[], ?::smallint[], ?::smallint[], ?::numeric[])";
    private static final String NY_GRUPPE = "insert into rapport_ordning_gruppe (ordning_id, maaned, gruppe_kode,"
            + " kommune_nummer, bydel_nummer, timer) select * from unnest(?::bigint[], ?::date[], ?::text[], ?::text[],"
            + " ?::text[], ?::numeric[])";
    private static final int BATCH = 5000;

    private Rapportgrunnlag() {
    }

    /** Recomputes one ordning's rows (none if it is not of Kvalifisering for mottaksbeboere). */
    public static void oppdater(Connection c, long ordningId) throws SQLException {
        // One writer of the sums at a time: two saves that touch the same months in another order
        // would otherwise be able to deadlock on the summed rows. Held to the end of the transaction.
        try (Statement laas = c.createStatement()) {
            laas.execute("select pg_advisory_xact_lock(hashtext('rapportgrunnlag'))");
        }
        for (String tabell : List.of("rapport_ordning_gruppe", "rapport_ordning")) {
            try (PreparedStatement slett = c.prepareStatement("delete from " + tabell + " where ordning_id = ?")) {
                slett.setLong(1, ordningId);
                slett.executeUpdate();
            }
        }
        try (Skriver skriver = new Skriver(c)) {
            les(c, LES + " and o.id = ?", ordningId, skriver);
        }
    }

    /**
     * Rebuilds every row, for the migration and after bulk loads that bypass the services. The
     * sums are made in one pass at the end rather than row by row through the triggers.
     */
    public static void byggPaaNytt(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("alter table rapport_ordning disable trigger rapport_ordning_summer");
            s.execute("alter table rapport_ordning_gruppe disable trigger rapport_ordning_gruppe_summer");
            s.execute("truncate rapport_ordning_gruppe, rapport_ordning, rapport_omraade, rapport_omraade_gruppe");
        }
        try (Skriver skriver = new Skriver(c)) {
            les(c, LES + " order by o.id", null, skriver);
        }
        try (Statement s = c.createStatement()) {
            s.execute("insert into rapport_omraade select maaned, kommune_nummer, bydel_nummer, sum(inn), sum(ut),"
                    + " sum(med_tiltak), sum(snitt) from rapport_ordning group by maaned, kommune_nummer, bydel_nummer");
            s.execute("insert into rapport_omraade_gruppe select maaned, kommune_nummer, bydel_nummer, gruppe_kode,"
                    + " sum(timer) from rapport_ordning_gruppe group by maaned, kommune_nummer, bydel_nummer, gruppe_kode");
            s.execute("alter table rapport_ordning enable trigger rapport_ordning_summer");
            s.execute("alter table rapport_ordning_gruppe enable trigger rapport_ordning_gruppe_summer");
            s.execute("analyze rapport_ordning, rapport_ordning_gruppe, rapport_omraade, rapport_omraade_gruppe");
        }
    }

    /** Reads ordninger with their tiltak, ordered by ordning, and hands each ordning to the writer. */
    private static void les(Connection c, String sql, Long ordningId, Skriver skriver) throws SQLException {
        try (PreparedStatement les = c.prepareStatement(sql)) {
            les.setFetchSize(10_000);
            if (ordningId != null) {
                les.setLong(1, ordningId);
            }
            try (ResultSet r = les.executeQuery()) {
                Ordningsrader ordning = null;
                while (r.next()) {
                    long id = r.getLong(1);
                    if (ordning == null || ordning.id != id) {
                        if (ordning != null) {
                            skriver.skriv(ordning);
                        }
                        ordning = new Ordningsrader(id, r.getDate(2).toLocalDate(), dato(r.getDate(3)),
                                r.getString(4), r.getString(5), new ArrayList<>());
                    }
                    if (r.getString(6) != null) {
                        ordning.tiltak.add(new Maanedsbidrag.GruppeTiltak(r.getString(6),
                                new Tiltaksperiode(r.getDate(7).toLocalDate(), r.getDate(8).toLocalDate(), r.getBigDecimal(9))));
                    }
                }
                if (ordning != null) {
                    skriver.skriv(ordning);
                }
            }
        }
    }

    private static LocalDate dato(Date dato) {
        return dato == null ? null : dato.toLocalDate();
    }

    private record Ordningsrader(long id, LocalDate fra, LocalDate til, String kommune, String bydel,
                                 List<Maanedsbidrag.GruppeTiltak> tiltak) {
    }

    /** Collects rows and inserts them a few thousand at a time; months before their groups. */
    private static final class Skriver implements AutoCloseable {

        private final Connection c;
        private final List<Object[]> maaneder = new ArrayList<>();
        private final List<Object[]> grupper = new ArrayList<>();

        Skriver(Connection c) {
            this.c = c;
        }

        void skriv(Ordningsrader o) throws SQLException {
            for (Maanedsbidrag b : Maanedsbidrag.beregn(o.fra(), o.til(), o.tiltak())) {
                Date maaned = Date.valueOf(b.maaned().atDay(1));
                maaneder.add(new Object[] {o.id(), maaned, o.kommune(), o.bydel(), b.inn() ? 1 : 0, b.ut() ? 1 : 0,
                        b.medTiltak() ? 1 : 0, b.snitt()});
                for (Map.Entry<String, BigDecimal> g : b.timerPerGruppe().entrySet()) {
                    grupper.add(new Object[] {o.id(), maaned, g.getKey(), o.kommune(), o.bydel(), g.getValue()});
                }
            }
            if (maaneder.size() >= BATCH) {
                kjor();
            }
        }

        private void kjor() throws SQLException {
            sett(NY_MAANED, maaneder, "int8", "date", "text", "text", "int2", "int2", "int2", "numeric");
            sett(NY_GRUPPE, grupper, "int8", "date", "text", "text", "text", "numeric");
        }

        private void sett(String sql, List<Object[]> rader, String... typer) throws SQLException {
            if (rader.isEmpty()) {
                return;
            }
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int kolonne = 0; kolonne < typer.length; kolonne++) {
                    Object[] verdier = new Object[rader.size()];
                    for (int i = 0; i < verdier.length; i++) {
                        verdier[i] = rader.get(i)[kolonne];
                    }
                    s.setArray(kolonne + 1, c.createArrayOf(typer[kolonne], verdier));
                }
                s.executeUpdate();
            }
            rader.clear();
        }

        @Override
        public void close() throws SQLException {
            kjor();
        }
    }
}
