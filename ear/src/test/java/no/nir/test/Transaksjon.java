package no.nir.test;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;

/**
 * Runs a piece of test code against the persistence unit in a transaction of its own, committed
 * when it returns. With {@link #lesFraDatabasen} the shared cache is emptied first, so what is
 * read comes from the database and not from objects an earlier transaction left in memory.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Transaksjon {

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    public <T> T kjor(Function<EntityManager, T> arbeid) {
        T resultat = arbeid.apply(em);
        em.flush();
        return resultat;
    }

    public <T> T lesFraDatabasen(Function<EntityManager, T> lesing) {
        em.getEntityManagerFactory().getCache().evictAll();
        return lesing.apply(em);
    }
}
