package no.nir.plattform.migrering;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the reference data that the schema (V1) expects: fylker, kommuner, bydeler and the
 * tiltakskatalog, from the CSV files in /db/data. Registered explicitly with Flyway, not scanned.
 * Later changes to the data come as new migrations, since Flyway runs this one only once.
 */
public class V2__Referansedata extends BaseJavaMigration {

    private static final String DATA = "/db/data/";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();

        List<Object[]> fylker = new ArrayList<>();
        for (CsvFil.Rad rad : les("fylker.csv").rader()) {
            fylker.add(new Object[] {rad.get("nummer"), rad.get("navn")});
        }
        settInn(connection, "INSERT INTO fylke (nummer, navn) VALUES (?, ?)", fylker);

        List<Object[]> kommuner = new ArrayList<>();
        for (CsvFil.Rad rad : les("kommuner.csv").rader()) {
            kommuner.add(new Object[] {rad.get("nummer"), rad.get("navn"), rad.get("fylke")});
        }
        settInn(connection, "INSERT INTO kommune (nummer, navn, fylke_nummer) VALUES (?, ?, ?)", kommuner);

        List<Object[]> bydeler = new ArrayList<>();
        for (CsvFil.Rad rad : les("bydeler.csv").rader()) {
            bydeler.add(new Object[] {rad.get("nummer"), rad.get("navn"), rad.get("kommune")});
        }
        settInn(connection, "INSERT INTO bydel (nummer, navn, kommune_nummer) VALUES (?, ?, ?)", bydeler);

        settInnTiltakskatalog(connection, les("tiltakskatalog.csv"));
    }

    /** One line per tiltakstype; a group is the first line that names it. Sortering is file order. */
    private static void settInnTiltakskatalog(Connection connection, CsvFil katalog) throws SQLException {
        Map<String, String> grupper = new LinkedHashMap<>();
        List<Object[]> typer = new ArrayList<>();
        for (CsvFil.Rad rad : katalog.rader()) {
            grupper.putIfAbsent(rad.get("gruppekode"), rad.get("tiltaksgruppe"));
            typer.add(new Object[] {rad.get("typekode"), rad.get("gruppekode"), rad.get("tiltakstype"),
                    rad.get("veiledning"), rad.jaNei("krever_gjennomforing"), rad.jaNei("krever_mottatt_tilbud"),
                    typer.size() + 1});
        }
        List<Object[]> grupperader = new ArrayList<>();
        grupper.forEach((kode, navn) -> grupperader.add(new Object[] {kode, navn, grupperader.size() + 1}));

        settInn(connection, "INSERT INTO tiltaksgruppe (kode, navn, sortering) VALUES (?, ?, ?)", grupperader);
        settInn(connection, "INSERT INTO tiltakstype (kode, gruppe_kode, navn, veiledning, krever_gjennomforing,"
                + " krever_mottatt_tilbud, sortering) VALUES (?, ?, ?, ?, ?, ?, ?)", typer);
    }

    private CsvFil les(String fil) {
        return CsvFil.les(getClass().getResourceAsStream(DATA + fil), DATA + fil);
    }

    private static void settInn(Connection connection, String sql, List<Object[]> rader) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] rad : rader) {
                for (int i = 0; i < rad.length; i++) {
                    insert.setObject(i + 1, rad[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
