package no.nir.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generator reads from (or first adds to) the database: the mottak, the bydeler of each
 * kommune, and the tiltakstyper that can be chosen.
 */
record Referansedata(List<Mottak> mottak, Map<String, List<String>> bydeler, List<Tiltakstype> tiltakstyper) {

    /** The demo mottak: name, vertskommune and the bydel it lies in (null where the kommune has none). */
    private static final List<Mottak> DEMOMOTTAK = List.of(
            new Mottak(0, "Kristiansand mottak, avdeling Lund", "4204", null),
            new Mottak(0, "Kristiansand mottak, avdeling Hånes", "4204", null),
            new Mottak(0, "Oslo mottak Tøyen", "0301", "030101"),
            new Mottak(0, "Oslo mottak Haugenstua", "0301", "030111"),
            new Mottak(0, "Bergen mottak Fyllingsdalen", "4601", "460104"),
            new Mottak(0, "Bergen mottak Åsane", "4601", "460108"),
            new Mottak(0, "Trondheim mottak Lade", "5001", "500102"),
            new Mottak(0, "Stavanger mottak Madla", "1103", "110304"),
            new Mottak(0, "Arendal mottak", "4203", null),
            new Mottak(0, "Lillehammer mottak", "3405", null),
            new Mottak(0, "Bodø mottak", "1804", null),
            new Mottak(0, "Tromsø mottak", "5501", null));

    record Mottak(long id, String navn, String kommune, String bydel) {
    }

    record Tiltakstype(String kode, boolean kreverGjennomforing, boolean kreverMottattTilbud) {
    }

    static Referansedata les(Connection connection, LocalDate idag) throws SQLException {
        Map<String, List<String>> bydeler = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select kommune_nummer, nummer from bydel order by nummer")) {
            while (rs.next()) {
                bydeler.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<Tiltakstype> typer = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("""
                select t.kode, t.krever_gjennomforing, t.krever_mottatt_tilbud
                from tiltakstype t join tiltaksgruppe g on g.kode = t.gruppe_kode
                where (t.gyldig_til is null or t.gyldig_til >= ?) and (g.gyldig_til is null or g.gyldig_til >= ?)
                order by t.sortering""")) {
            s.setObject(1, idag);
            s.setObject(2, idag);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    typer.add(new Tiltakstype(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)));
                }
            }
        }
        return new Referansedata(mottak(connection, bydeler), bydeler, typer);
    }

    /** The mottak already there (a run with --tillegg), or else the demo mottak, added now. */
    private static List<Mottak> mottak(Connection connection, Map<String, List<String>> bydeler) throws SQLException {
        List<Mottak> mottak = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select id, navn, vertskommune_nummer from mottak order by id")) {
            while (rs.next()) {
                String navn = rs.getString(2);
                String bydel = DEMOMOTTAK.stream().filter(m -> m.navn().equals(navn)).findFirst()
                        .map(Mottak::bydel).orElse(null);
                mottak.add(new Mottak(rs.getLong(1), navn, rs.getString(3), bydel));
            }
        }
        if (!mottak.isEmpty()) {
            return mottak;
        }
        IdSekvens ider = new IdSekvens(connection, "mottak_seq");
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into mottak (id, navn, vertskommune_nummer) values (?, ?, ?)")) {
            for (Mottak demo : DEMOMOTTAK) {
                if (demo.bydel() != null && !bydeler.getOrDefault(demo.kommune(), List.of()).contains(demo.bydel())) {
                    throw new IllegalStateException("Bydel " + demo.bydel() + " finnes ikke i " + demo.kommune());
                }
                Mottak ny = new Mottak(ider.neste(), demo.navn(), demo.kommune(), demo.bydel());
                insert.setLong(1, ny.id());
                insert.setString(2, ny.navn());
                insert.setString(3, ny.kommune());
                insert.addBatch();
                mottak.add(ny);
            }
            insert.executeBatch();
        }
        return mottak;
    }
}
