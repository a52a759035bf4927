package no.nir.plattform.migrering;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The one Flyway setup, shared by the deployment, the demo data generator and the tests. */
public final class Migreringsoppsett {

    private Migreringsoppsett() {
    }

    public static FluentConfiguration flyway(ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .locations("classpath:db/migration")
                // Work on parallel branches takes version ranges (V10-19, V20-29, ...); a database
                // that already has a higher version must still accept a lower one landed later.
                .outOfOrder(true)
                // The server keeps its EJB timers and batch jobs in the same database
                // (docker/cli/batch-timere.cli) and may create their tables before the first
                // migration; version 0 marks such a schema as empty of NIR's own, so V1 and on run.
                // A schema that holds NIR's tables without a history fails at V1 instead.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // Registered, not scanned: Java migrations are not found by scanning in WildFly's VFS.
                .javaMigrations(new V2__Referansedata(), new V31__Rapportgrunnlag());
    }
}
