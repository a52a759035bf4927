package no.nir.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import no.nir.plattform.migrering.Migreringsoppsett;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * A fresh database beside the test database, migrated like the server does it, for tests that
 * need an empty schema of their own. Dropped on close.
 */
public final class Testdatabase implements AutoCloseable {

    private static final String ADMIN_URL = System.getProperty("nir.test.jdbc.url");

    private final String navn;
    private final String url;
    private final MigrateResult migrering;

    private Testdatabase(String navn, String url, MigrateResult migrering) {
        this.navn = navn;
        this.url = url;
        this.migrering = migrering;
    }

    public static Testdatabase migrert(String prefiks) throws SQLException {
        String navn = prefiks + "_" + System.nanoTime();
        try (Connection admin = admin()) {
            admin.createStatement().execute("create database " + navn);
        }
        String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + navn;
        try {
            MigrateResult resultat = Migreringsoppsett.flyway(Testdatabase.class.getClassLoader())
                    .dataSource(url, "postgres", "")
                    .load()
                    .migrate();
            return new Testdatabase(navn, url, resultat);
        } catch (RuntimeException e) {
            slett(navn);
            throw e;
        }
    }

    public String url() {
        return url;
    }

    public MigrateResult migrering() {
        return migrering;
    }

    public Connection koble() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    @Override
    public void close() throws SQLException {
        slett(navn);
    }

    private static void slett(String navn) throws SQLException {
        try (Connection admin = admin()) {
            admin.createStatement().execute("drop database if exists " + navn + " with (force)");
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(ADMIN_URL, "postgres", "");
    }
}
