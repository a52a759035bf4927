package no.nir.datakilde;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.nir.person.Person;

/** A person's changes from the registers, newest first; read inside the caller's scope check. */
@ApplicationScoped
public class Endringshistorikk {

    /** The Grunndata page shows this many. */
    public static final int MAKS = 50;

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    public List<FaktaendringRad> siste(Person person) {
        return em.createQuery("select f from Faktaendring f where f.person = :person order by f.tidspunkt desc, f.id desc",
                        Faktaendring.class)
                .setParameter("person", person)
                .setMaxResults(MAKS)
                .getResultStream()
                .map(f -> new FaktaendringRad(f.getTidspunkt(), f.getKilde(), f.getType(), f.getHendelseId(),
                        f.isAnvendt(), f.getBeskrivelse()))
                .toList();
    }
}
