package no.nir.tiltak;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import no.nir.ordning.OrdningType;
import no.nir.ordning.OrdningerEndret;

/**
 * Brings the report's figures up to date inside the caller's transaction, after a tiltak or an
 * ordning changed. The datasource hands out the transaction's own connection, so the rows written
 * commit or roll back with the change itself.
 */
@ApplicationScoped
public class RapportgrunnlagOppdaterer {

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/NirDS")
    DataSource dataSource;

    public void oppdater(long ordningId) {
        oppdater(List.of(ordningId));
    }

    void ordningerEndret(@Observes OrdningerEndret endret) {
        em.flush();
        oppdater(em.createQuery("select o.id from Ordning o where o.person.id = :person and o.type = :type", Long.class)
                .setParameter("person", endret.personId())
                .setParameter("type", OrdningType.KVALIFISERING_MOTTAKSBEBOERE)
                .getResultList());
    }

    private void oppdater(List<Long> ordninger) {
        // What JPA holds in memory must be in the database before plain SQL reads it.
        em.flush();
        try (Connection c = dataSource.getConnection()) {
            for (long id : ordninger) {
                Rapportgrunnlag.oppdater(c, id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rapportgrunnlaget kunne ikke oppdateres", e);
        }
    }
}
