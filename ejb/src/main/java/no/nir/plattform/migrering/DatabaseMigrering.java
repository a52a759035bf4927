package no.nir.plattform.migrering;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

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
        Migreringsoppsett.flyway(getClass().getClassLoader()).dataSource(dataSource).load().migrate();
    }
}
