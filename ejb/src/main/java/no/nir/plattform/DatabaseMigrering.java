package no.nir.plattform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;
import no.nir.plattform.migrering.V2__Referansedata;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date while the application deploys, before any service uses the
 * persistence unit. Flyway owns the schema; EclipseLink generates no DDL. Bean-managed so that
 * Flyway commits each migration on its own connection, outside any container transaction.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrering {

    @Resource(lookup = "java:jboss/datasources/NirDS")
    DataSource dataSource;

    @PostConstruct
    void migrer() {
        Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Registered, not scanned: Java migrations are not found by scanning in WildFly's VFS.
                .javaMigrations(new V2__Referansedata())
                .load()
                .migrate();
    }
}
