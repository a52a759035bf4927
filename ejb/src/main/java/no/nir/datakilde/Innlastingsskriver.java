package no.nir.datakilde;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The load's writer: applies each line as the queue's events are applied, all of a chunk in the
 * chunk's transaction. A line that cannot be applied goes to the dead-letter queue with its line
 * number and reason, in the same transaction, and the load goes on.
 */
@Named("innlastingsskriver")
@Dependent
public class Innlastingsskriver extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "fil")
    String filnavn;

    @Inject
    Hendelsesanvender anvender;

    @Inject
    Dodbrevkasse dodbrev;

    @Inject
    StepContext steg;

    @Inject
    Clock klokke;

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Override
    public void writeItems(List<Object> linjer) throws Exception {
        Innlastingstall tall = (Innlastingstall) steg.getPersistentUserData();
        for (Object o : linjer) {
            Linjeleser.Linje linje = (Linjeleser.Linje) o;
            try {
                if (linje.tekst() == null) {
                    throw new AvvistHendelseException("Linjen er lengre enn " + Linjeleser.MAKS_BYTES + " byte");
                }
                tall.tell(anvender.anvend(Hendelseleser.les(linje.tekst(), klokke.instant())));
            } catch (AvvistHendelseException e) {
                dodbrev.legg(linje.tekst(), "Linje " + linje.nummer() + " i " + filnavn + ": " + e.getMessage(), 1,
                        klokke.instant());
                tall.feilet++;
            }
        }
        // The chunk's persons are done with: the next chunk starts with an empty persistence context.
        em.flush();
        em.clear();
        steg.setPersistentUserData(tall);
    }
}
