package no.nir.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.nir.ordning.KategoriType;
import no.nir.person.Fodselsnummer;
import no.nir.test.Testdatabase;
import no.nir.tiltak.Gjennomforing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo data generator on a freshly migrated database of its own. */
class DemodataIT {

    private static final String IDAG = "2026-11-01";
    private static final List<String> TABELLER = List.of("mottak", "person", "kategori", "ordning", "tiltak",
            "kompetanse", "kompetanse_sprak", "kompetanse_yrke", "kompetanse_utdanning");

    private static Testdatabase db;
    private static Demodata.Resultat resultat;

    @BeforeAll
    static void generer() throws Exception {
        db = Testdatabase.migrert("nir_demo");
        resultat = Demodata.kjor(argumenter(db, "--personer", "300"));
    }

    @AfterAll
    static void slett() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void fyllerHverTabellOgTellerRiktig() throws SQLException {
        assertEquals(300, resultat.antall("person"));
        for (String tabell : TABELLER) {
            long iDatabasen = tall("select count(*) from " + tabell);
            assertTrue(iDatabasen > 0, tabell + " er tom");
            if (!tabell.equals("mottak")) {
                assertEquals(iDatabasen, resultat.antall(tabell), tabell);
            }
        }
    }

    @Test
    void alleKategoritypeneFinnesBadeApneOgLukkede() throws SQLException {
        Set<String> forventet = new TreeSet<>();
        Arrays.stream(KategoriType.values()).forEach(t -> forventet.add(t.name()));
        assertEquals(forventet, new TreeSet<>(tekster("select distinct type from kategori")));
        assertTrue(tall("select count(*) from kategori where til_dato is null") > 0);
        assertTrue(tall("select count(*) from kategori where til_dato is not null") > 0);
        // Kvalifisering i mottak of a settled person closed on the bosetting date.
        assertEquals(0, tall("""
                select count(*) from kategori k join person p on p.id = k.person_id
                where k.type = 'KVALIFISERING_I_MOTTAK' and p.bosettingsdato is not null
                  and k.til_dato is distinct from p.bosettingsdato"""));
        assertTrue(tall("select count(*) from kategori where lovverk = 'INTRODUKSJONSLOVEN'") > 0);
    }

    @Test
    void tiltakHarSlettedeOgAlleGjennomforingsverdier() throws SQLException {
        assertTrue(tall("select count(*) from tiltak where slettet_tid is not null") > 0);
        Set<String> forventet = new TreeSet<>();
        Arrays.stream(Gjennomforing.values()).forEach(g -> forventet.add(g.name()));
        assertEquals(forventet, new TreeSet<>(tekster("select distinct gjennomforing from tiltak"
                + " where tiltakstype_kode in ('LIVSMESTRING', 'FORELDREVEILEDNING')")));
        assertEquals(0, tall("select count(*) from tiltak where gjennomforing is not null"
                + " and tiltakstype_kode not in ('LIVSMESTRING', 'FORELDREVEILEDNING')"));
        assertEquals(Set.of("t", "f"), Set.copyOf(tekster(
                "select distinct mottatt_tilbud::text::char from tiltak where tiltakstype_kode = 'OMSORGSPERMISJON'")));
        assertEquals(0, tall("select count(*) from tiltak where mottatt_tilbud is not null"
                + " and tiltakstype_kode <> 'OMSORGSPERMISJON'"));
    }

    @Test
    void tiltakLiggerInnenforOrdningensPeriodePaKvalifiseringForMottaksbeboere() throws SQLException {
        assertEquals(0, tall("""
                select count(*) from tiltak t join ordning o on o.id = t.ordning_id
                where o.type <> 'KVALIFISERING_MOTTAKSBEBOERE' or t.fra_dato < o.fra_dato
                   or (o.til_dato is not null and t.til_dato > o.til_dato)"""));
    }

    @Test
    void kompetanseFinnesPaAlleTreTrinn() throws SQLException {
        assertEquals(Set.of("SELVREGISTRERT_MOTTATT", "NOTAT_PABEGYNT", "NOTAT_FULLFORT"),
                Set.copyOf(tekster("select distinct status from kompetanse where status is not null")));
    }

    @Test
    void alleFodselsnummerErGyldige() throws SQLException {
        List<String> nummer = tekster("select fodselsnummer from person where fodselsnummer is not null");
        assertTrue(nummer.size() > 100);
        nummer.forEach(n -> assertTrue(Fodselsnummer.erGyldig(n), n));
        assertTrue(nummer.stream().anyMatch(n -> new Fodselsnummer(n).erDNummer()));
    }

    /** EclipseLink takes the block V-49..V for a sequence value V, so no id may lie above the sequence. */
    @Test
    void iderLiggerInnenforSekvensene() throws SQLException {
        for (String tabell : TABELLER) {
            assertTrue(tall("select coalesce(max(id), 0) from " + tabell)
                    <= tall("select last_value from " + tabell + "_seq"), tabell);
        }
    }

    @Test
    void sammeSeedOgDatoGirSammeDataOgTilleggLeggerTil() throws Exception {
        try (Testdatabase annen = Testdatabase.migrert("nir_demo2")) {
            Demodata.kjor(argumenter(annen, "--personer", "300"));
            String innhold = "select md5(string_agg(concat_ws('|', duf_nummer, fodselsnummer, fornavn, etternavn,"
                    + " fodselsdato, tillatelsesdato, bosettingsdato, oppfolgingskommune_nummer), ',' order by id))"
                    + " from person";
            try (Connection c = annen.koble()) {
                assertEquals(tekster(innhold), tekster(c, innhold));
            }
            Demodata.Resultat tillegg = Demodata.kjor(argumenter(annen, "--personer", "50", "--tillegg"));
            assertEquals(50, tillegg.antall("person"));
            try (Connection c = annen.koble()) {
                assertEquals(List.of("350"), tekster(c, "select count(*) from person"));
            }
        }
    }

    @Test
    void nektesPaDatabaseMedPersonerUtenTillegg() throws Exception {
        Demodata.AvvistException avvist = assertThrows(Demodata.AvvistException.class,
                () -> Demodata.kjor(argumenter(db, "--personer", "10")));
        assertTrue(avvist.getMessage().contains("--tillegg"), avvist.getMessage());
        assertEquals(300, tall("select count(*) from person"));
    }

    private static String[] argumenter(Testdatabase database, String... flere) {
        List<String> args = new ArrayList<>(List.of("--jdbc", database.url(), "--bruker", "postgres",
                "--idag", IDAG));
        args.addAll(List.of(flere));
        return args.toArray(String[]::new);
    }

    private static long tall(String sql) throws SQLException {
        return Long.parseLong(tekster(sql).get(0));
    }

    private static List<String> tekster(String sql) throws SQLException {
        try (Connection c = db.koble()) {
            return tekster(c, sql);
        }
    }

    private static List<String> tekster(Connection c, String sql) throws SQLException {
        List<String> verdier = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                verdier.add(rs.getString(1));
            }
        }
        return verdier;
    }
}
