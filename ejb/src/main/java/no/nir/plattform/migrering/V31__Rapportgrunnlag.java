package no.nir.plattform.migrering;

import java.sql.SQLException;
import no.nir.tiltak.Rapportgrunnlag;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the report's figures (V30) from the ordninger and tiltak already in the database, with the
 * same code that keeps them up to date afterwards. Registered explicitly with Flyway, not scanned.
 */
public class V31__Rapportgrunnlag extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Rapportgrunnlag.byggPaaNytt(context.getConnection());
    }
}
