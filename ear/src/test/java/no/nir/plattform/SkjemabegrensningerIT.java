package no.nir.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import no.nir.test.Testdatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * The database refuses bad rows by itself, whatever the application does (SPEC §2). Each refusal
 * is checked by SQLState and constraint name; beside it a good row shows the refusal is not
 * caused by something else in the statement.
 */
class SkjemabegrensningerIT {

    private static final String CHECK = "23514";
    private static final String UNIQUE = "23505";
    private static final String FOREIGN_KEY = "23503";

    private static final String PERSON = "insert into person (id, duf_nummer, fodselsnummer, fornavn, etternavn,"
            + " fodselsdato, kjonn, statsborgerskap, oppfolgingskommune_nummer) values ";
    private static final String KATEGORI = "insert into kategori (id, person_id, type, lovverk, fra_dato, til_dato)"
            + " values ";
    private static final String ORDNING = "insert into ordning (id, kategori_id, person_id, type, kategori_type,"
            + " fra_dato, til_dato, status, oppfolgingskommune_nummer) values ";
    private static final String TILTAK = "insert into tiltak (id, ordning_id, tiltakstype_kode, fra_dato, til_dato,"
            + " timer_per_uke, oppfolgingskommune_nummer, registrert_av, registrert_tid, slettet_av, slettet_tid)"
            + " values ";

    private static Testdatabase db;

    /** Two persons; person 1 has kategori 1 with ordning 1. */
    @BeforeAll
    static void grunnlag() throws SQLException {
        db = Testdatabase.migrert("nir_skjema");
        utfor(PERSON + "(1, '202012345601', '01019012345', 'Amina', 'Ali', '1990-01-01', 'K', 'Somalia', '4204')");
        utfor(PERSON + "(2, '202012345602', null, 'Yonas', 'Tekle', '1988-04-12', 'M', 'Eritrea', '4204')");
        utfor(KATEGORI + "(1, 1, 'KVALIFISERING_I_MOTTAK', 'INTEGRERINGSLOVEN', '2026-01-05', null)");
        utfor(ORDNING + "(1, 1, 1, 'KVALIFISERING_MOTTAKSBEBOERE', 'KVALIFISERING_I_MOTTAK', '2026-01-05', null,"
                + " 'AKTIV', '4204')");
    }

    @AfterAll
    static void slett() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void tilForFraNektes() throws SQLException {
        avvist(CHECK, "kategori_check",
                KATEGORI + "(10, 2, 'KVALIFISERING_I_MOTTAK', 'INTEGRERINGSLOVEN', '2026-02-01', '2026-01-31')");
        avvist(CHECK, "ordning_check", ORDNING + "(10, 1, 1, 'KOMPETANSEKARTLEGGING', 'KVALIFISERING_I_MOTTAK',"
                + " '2026-02-01', '2026-01-31', 'INAKTIV', '4204')");
        avvist(CHECK, "tiltak_check", tiltak(10, "'2026-02-02'", "'2026-02-01'", "10"));
        utfor(tiltak(11, "'2026-02-02'", "'2026-02-02'", "10"));
    }

    @Test
    void timerMaVaereOverNullOgHoyst40() throws SQLException {
        avvist(CHECK, "tiltak_timer_per_uke_check", tiltak(20, "'2026-02-02'", "'2026-02-06'", "0"));
        avvist(CHECK, "tiltak_timer_per_uke_check", tiltak(21, "'2026-02-02'", "'2026-02-06'", "41"));
        avvist(CHECK, "tiltak_timer_per_uke_check", tiltak(22, "'2026-02-02'", "'2026-02-06'", "-0.5"));
        utfor(tiltak(23, "'2026-02-02'", "'2026-02-06'", "40"));
        utfor(tiltak(24, "'2026-02-02'", "'2026-02-06'", "0.1"));
    }

    @Test
    void sletterOgTidspunktHorerSammen() throws SQLException {
        avvist(CHECK, "tiltak_check2", TILTAK + "(30, 1, 'NORSKOPPLAERING', '2026-02-02', '2026-02-06', 10, '4204',"
                + " 'skriv', now(), 'skriv', null)");
    }

    @Test
    void dufNummerErEntydigOgTolvSiffer() throws SQLException {
        avvist(UNIQUE, "person_duf_nummer_key",
                PERSON + "(40, '202012345601', null, 'Omar', 'Haddad', '1980-01-01', 'M', 'Syria', '4204')");
        avvist(CHECK, "person_duf_nummer_check",
                PERSON + "(41, '2020 1234560', null, 'Omar', 'Haddad', '1980-01-01', 'M', 'Syria', '4204')");
    }

    @Test
    void kjonnErMEllerK() throws SQLException {
        avvist(CHECK, "person_kjonn_check",
                PERSON + "(50, '202012345650', null, 'Omar', 'Haddad', '1980-01-01', 'X', 'Syria', '4204')");
    }

    @Test
    void fodselsnummerErElleveSifferOgEntydig() throws SQLException {
        avvist(CHECK, "person_fodselsnummer_check",
                PERSON + "(60, '202012345660', '0101901234A', 'Omar', 'Haddad', '1980-01-01', 'M', 'Syria', '4204')");
        avvist(CHECK, "person_fodselsnummer_check",
                PERSON + "(61, '202012345661', '0101901234', 'Omar', 'Haddad', '1980-01-01', 'M', 'Syria', '4204')");
        avvist(UNIQUE, "person_fodselsnummer_key",
                PERSON + "(62, '202012345662', '01019012345', 'Omar', 'Haddad', '1980-01-01', 'M', 'Syria', '4204')");
    }

    @Test
    void kategoriensLovverkFolgerTypen() throws SQLException {
        avvist(CHECK, "kategori_check1",
                KATEGORI + "(70, 2, 'KVALIFISERING_I_MOTTAK', 'INTRODUKSJONSLOVEN', '2026-01-05', null)");
        avvist(CHECK, "kategori_type_check", KATEGORI + "(71, 2, 'UKJENT', 'INTEGRERINGSLOVEN', '2026-01-05', null)");
    }

    /** An ordning must belong to its kategori's person. */
    @Test
    void ordningKanIkkePekePaAnnenPersonsKategori() throws SQLException {
        avvist(FOREIGN_KEY, "ordning_kategori_id_person_id_fkey", ORDNING
                + "(80, 1, 2, 'KVALIFISERING_MOTTAKSBEBOERE', 'KVALIFISERING_I_MOTTAK', '2026-01-05', null, 'AKTIV', '4204')");
    }

    /** The kategori type copied onto the ordning for the person lists must be its kategori's. */
    @Test
    void ordningensKategoritypeErKategoriens() throws SQLException {
        avvist(FOREIGN_KEY, "ordning_kategori_type_fkey", ORDNING
                + "(81, 1, 1, 'KVALIFISERING_MOTTAKSBEBOERE', 'INTRODUKSJONSPROGRAM', '2026-01-05', null, 'AKTIV', '4204')");
    }

    private static String tiltak(long id, String fra, String til, String timer) {
        return TILTAK + "(" + id + ", 1, 'NORSKOPPLAERING', " + fra + ", " + til + ", " + timer
                + ", '4204', 'skriv', now(), null, null)";
    }

    private static void avvist(String sqlState, String begrensning, String sql) {
        PSQLException feil = assertThrows(PSQLException.class, () -> utfor(sql), sql);
        assertEquals(sqlState, feil.getSQLState(), feil.getMessage());
        assertEquals(begrensning, feil.getServerErrorMessage().getConstraint(), feil.getMessage());
    }

    private static void utfor(String sql) throws SQLException {
        try (Connection c = db.koble(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
