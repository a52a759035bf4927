package no.nir.test.drift;

import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * A PostgreSQL cluster of the test's own (Debian's pg_createcluster, trust authentication on
 * loopback), so that a scenario can stop and restart "the database" without touching the shared
 * one other builds use. Dropped on close.
 */
public final class EgenPostgres implements AutoCloseable {

    private final String versjon;
    private final String navn;
    private final int port;

    private EgenPostgres(String versjon, String navn, int port) {
        this.versjon = versjon;
        this.navn = navn;
        this.port = port;
    }

    /** Creates and starts the cluster (replacing a leftover of an aborted run) with an empty database "nir". */
    public static EgenPostgres opprett(String navn, int port) throws IOException, InterruptedException, SQLException {
        String[] versjoner = new File("/etc/postgresql").list();
        if (versjoner == null || versjoner.length == 0) {
            throw new IllegalStateException("No Debian PostgreSQL cluster under /etc/postgresql");
        }
        String versjon = versjoner[0];
        EgenPostgres pg = new EgenPostgres(versjon, navn, port);
        if (new File("/etc/postgresql/" + versjon + "/" + navn).exists()) {
            pg.slett();
        }
        Wildfly.kjoer(List.of("pg_createcluster", versjon, navn, "-p", String.valueOf(port), "--start-conf", "manual",
                "--", "--auth=trust"));
        pg.ctl("start");
        try (Connection c = DriverManager.getConnection(pg.jdbc("postgres"), "postgres", "")) {
            c.createStatement().execute("create database nir");
        }
        return pg;
    }

    public String jdbc(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public void stopp() throws IOException, InterruptedException {
        ctl("stop");
    }

    public void start() throws IOException, InterruptedException {
        ctl("start");
    }

    /** The operator's restart: pg_ctlcluster ... restart (fast shutdown: open connections are cut). */
    public void restart() throws IOException, InterruptedException {
        ctl("restart");
    }

    private void ctl(String handling) throws IOException, InterruptedException {
        Wildfly.kjoer(List.of("pg_ctlcluster", "--skip-systemctl-redirect", versjon, navn, handling));
    }

    private void slett() throws IOException, InterruptedException {
        Wildfly.kjoer(List.of("pg_dropcluster", "--stop", versjon, navn));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        slett();
    }
}
