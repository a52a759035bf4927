package no.nir.test.nettleser;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import no.nir.tiltak.Rapportgrunnlag;

/**
 * Persons for the tests that run outside the server (browser, HTTP, API), written as committed
 * rows through plain JDBC: a mottak resident with Kategori Kvalifisering i mottak and its ordning,
 * and on request a bosetting that closes both, the kartlegging ordning, a Kompetanse and tiltak.
 * The report's figures are brought up to date as a saved tiltak does it. The in-container tests
 * make theirs through {@link no.nir.test.Testdata}, which runs the real beregning.
 */
public final class Testpersoner {

    /** DUF-numbers unique per run, starting with 8 (Testdata's start with 9). */
    private static final AtomicLong LOPENUMMER = new AtomicLong(System.currentTimeMillis() % 1_000_000L * 1000);

    private Testpersoner() {
    }

    /** A person made, with the ordning Kvalifisering for mottaksbeboere. */
    public record Person(long id, String duf, long ordning) {

        /** The DUF-nummer as the pages show it: 2024 123456 78. */
        public String dufVisning() {
            return duf.substring(0, 4) + " " + duf.substring(4, 10) + " " + duf.substring(10);
        }
    }

    /** A resident of a mottak in the kommune, with a permit of 1 February 2021 unless told otherwise. */
    public static Bygger mottaksbeboer(String kommune) {
        return new Bygger(kommune);
    }

    /** One person's rows; {@link #lag()} writes them. */
    public static final class Bygger {

        private final String kommune;
        private String fornavn = "Nora";
        private String etternavn = "Testperson";
        private LocalDate fodt = LocalDate.of(1990, 1, 1);
        private String statsborgerskap = "Syria";
        private LocalDate tillatelse = LocalDate.of(2021, 2, 1);
        private LocalDate bosatt;
        private LocalDate kartleggingsfrist;
        private boolean kompetanse;
        private final List<Object[]> tiltak = new ArrayList<>();

        private Bygger(String kommune) {
            this.kommune = kommune;
        }

        public Bygger navn(String nyttFornavn, String nyttEtternavn) {
            fornavn = nyttFornavn;
            etternavn = nyttEtternavn;
            return this;
        }

        public Bygger fodt(LocalDate dato, String land) {
            fodt = dato;
            statsborgerskap = land;
            return this;
        }

        public Bygger tillatelse(LocalDate dato) {
            tillatelse = dato;
            return this;
        }

        /** Settled in the same kommune that day: out of the mottak, Kategori and ordning closed (INAKTIV). */
        public Bygger bosatt(LocalDate dato) {
            bosatt = dato;
            return this;
        }

        /** The ordning Kompetansekartlegging beside Kvalifisering, with this frist. */
        public Bygger kartlegging(LocalDate frist) {
            kartleggingsfrist = frist;
            return this;
        }

        /** A self-registered Kompetanse: Arabisk, Sykepleier 4.5 years, a Bachelor, a notat begun. */
        public Bygger medKompetanse() {
            kompetanse = true;
            return this;
        }

        /** A tiltak on Kvalifisering, registered by skriv, with hours like "12" or "7.5". */
        public Bygger tiltak(String type, LocalDate fra, LocalDate til, String timerPerUke) {
            tiltak.add(new Object[] {type, Date.valueOf(fra), Date.valueOf(til), new BigDecimal(timerPerUke)});
            return this;
        }

        /** In the test database. */
        public Person lag() throws SQLException {
            try (Connection c = Jdbc.koble()) {
                return lag(c);
            }
        }

        /** In the database of the connection (the scenarios run servers and databases of their own). */
        public Person lag(Connection c) throws SQLException {
            String duf = String.format("8%011d", LOPENUMMER.incrementAndGet());
            Long mottak = null;
            if (bosatt == null) {
                mottak = Jdbc.nesteId(c, "mottak_seq");
                Jdbc.oppdater(c, "insert into mottak (id, navn, vertskommune_nummer) values (?, ?, ?)", mottak,
                        "Testmottak " + kommune, kommune);
            }
            Date til = bosatt == null ? null : Date.valueOf(bosatt);
            long person = Jdbc.nesteId(c, "person_seq");
            Jdbc.oppdater(c, "insert into person (id, duf_nummer, fornavn, etternavn, fodselsdato, kjonn, statsborgerskap,"
                            + " tillatelsesdato, bosettingsdato, mottak_id, oppfolgingskommune_nummer)"
                            + " values (?, ?, ?, ?, ?, 'K', ?, ?, ?, ?, ?)", person, duf, fornavn, etternavn,
                    Date.valueOf(fodt), statsborgerskap, Date.valueOf(tillatelse), til, mottak, kommune);
            long kategori = Jdbc.nesteId(c, "kategori_seq");
            Jdbc.oppdater(c, "insert into kategori (id, person_id, type, lovverk, fra_dato, til_dato)"
                    + " values (?, ?, 'KVALIFISERING_I_MOTTAK', 'INTEGRERINGSLOVEN', ?, ?)",
                    kategori, person, Date.valueOf(tillatelse), til);
            long ordning = ordning(c, kategori, person, "KVALIFISERING_MOTTAKSBEBOERE", null);
            if (kartleggingsfrist != null) {
                ordning(c, kategori, person, "KOMPETANSEKARTLEGGING", Date.valueOf(kartleggingsfrist));
            }
            if (kompetanse) {
                kompetanse(c, person);
            }
            for (Object[] t : tiltak) {
                Jdbc.oppdater(c, "insert into tiltak (id, ordning_id, tiltakstype_kode, fra_dato, til_dato, timer_per_uke,"
                        + " oppfolgingskommune_nummer, registrert_av, registrert_tid) values (?, ?, ?, ?, ?, ?, ?, 'skriv', now())",
                        Jdbc.nesteId(c, "tiltak_seq"), ordning, t[0], t[1], t[2], t[3], kommune);
            }
            Rapportgrunnlag.oppdater(c, ordning);
            return new Person(person, duf, ordning);
        }

        private long ordning(Connection c, long kategori, long person, String type, Date frist) throws SQLException {
            long ordning = Jdbc.nesteId(c, "ordning_seq");
            Jdbc.oppdater(c, "insert into ordning (id, kategori_id, person_id, type, kategori_type, fra_dato, til_dato, status,"
                    + " frist, oppfolgingskommune_nummer) values (?, ?, ?, ?, 'KVALIFISERING_I_MOTTAK', ?, ?, ?, ?, ?)",
                    ordning, kategori, person, type, Date.valueOf(tillatelse), bosatt == null ? null : Date.valueOf(bosatt),
                    bosatt == null ? "AKTIV" : "INAKTIV", frist, kommune);
            return ordning;
        }

        private static void kompetanse(Connection c, long person) throws SQLException {
            long kompetanse = Jdbc.nesteId(c, "kompetanse_seq");
            Jdbc.oppdater(c, "insert into kompetanse (id, person_id, kilde, registrert_dato, status, andre_ferdigheter,"
                            + " interesser, karriereveiledning_notat, karriereveiledning_dato)"
                            + " values (?, ?, 'SELVREGISTRERT', ?, 'NOTAT_PABEGYNT', 'Førerkort klasse B', 'Fotball', ?, ?)",
                    kompetanse, person, Date.valueOf(LocalDate.of(2024, 3, 1)),
                    "Ønsker godkjenning av sykepleierutdanningen.", Date.valueOf(LocalDate.of(2024, 4, 2)));
            Jdbc.oppdater(c, "insert into kompetanse_sprak (id, kompetanse_id, sprak, muntlig_niva, skriftlig_niva, morsmal)"
                    + " values (?, ?, 'Arabisk', 'Morsmål', 'Morsmål', true)", Jdbc.nesteId(c, "kompetanse_sprak_seq"), kompetanse);
            Jdbc.oppdater(c, "insert into kompetanse_yrke (id, kompetanse_id, yrke, antall_ar) values (?, ?, 'Sykepleier', 4.5)",
                    Jdbc.nesteId(c, "kompetanse_yrke_seq"), kompetanse);
            Jdbc.oppdater(c, "insert into kompetanse_utdanning (id, kompetanse_id, niva, fagfelt, land, antall_ar, fullfort)"
                    + " values (?, ?, 'Bachelor', 'Sykepleie', 'Eritrea', 3, true)",
                    Jdbc.nesteId(c, "kompetanse_utdanning_seq"), kompetanse);
        }
    }

    public static int antallTiltak(long ordning) throws SQLException {
        try (Connection c = Jdbc.koble()) {
            return antallTiltak(c, ordning);
        }
    }

    public static int antallTiltak(Connection c, long ordning) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from tiltak where ordning_id = ?")) {
            s.setLong(1, ordning);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
