package no.nir.plattform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import no.nir.tilgang.Evne;
import no.nir.tilgang.Krever;

/** {@link Driftsinfo} for the operators' page /nir/info. */
@Stateless
// The operators' role and IMDi (Rolle.IMDI); literals, as plattform sits below tilgang.
@Krever(Evne.LESE_DRIFTSINFO)
@RolesAllowed({"nir-drift", "imdi"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DriftsinfoService {

    private static final Logger LOGG = Logger.getLogger(DriftsinfoService.class.getName());
    private static final String VERSJON = lesVersjon();

    @Resource(lookup = "java:jboss/datasources/NirDS")
    DataSource dataSource;

    public Driftsinfo info() {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version from flyway_schema_history where success and version is not null")) {
            String skjema = null;
            while (rs.next()) {
                String v = rs.getString(1);
                // Out-of-order migrations: the highest version, not the last applied.
                if (skjema == null || MigrationVersion.fromVersion(v).compareTo(MigrationVersion.fromVersion(skjema)) > 0) {
                    skjema = v;
                }
            }
            return new Driftsinfo(VERSJON, skjema, true, (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            LOGG.log(Level.WARNING, "Databasen svarer ikke: {0}", e.getMessage());
            return new Driftsinfo(VERSJON, null, false, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static String lesVersjon() {
        try (InputStream inn = DriftsinfoService.class.getResourceAsStream("versjon.properties")) {
            Properties p = new Properties();
            p.load(inn);
            return p.getProperty("versjon");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
