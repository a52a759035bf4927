package no.nir.plattform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness ({@code /health/ready} on the management interface): the application can serve only
 * while the database answers. The server's own checks cover boot and deployment; none looks at a
 * datasource. Liveness stays untouched: a database outage is no reason to restart the server.
 */
@Readiness
@ApplicationScoped
public class DatabaseKlarsjekk implements HealthCheck {

    static final String NAVN = "nir-database";
    private static final int SVARTID_SEKUNDER = 2;

    @Resource(lookup = "java:jboss/datasources/NirDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection forbindelse = dataSource.getConnection()) {
            return HealthCheckResponse.named(NAVN).status(forbindelse.isValid(SVARTID_SEKUNDER)).build();
        } catch (SQLException e) {
            // The reason goes to the operator's probe, not to the log: an outage is expected here.
            return HealthCheckResponse.named(NAVN).down().withData("feil", e.getMessage()).build();
        }
    }
}
