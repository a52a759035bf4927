package no.nir.datakilde;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/** The load's reader: the lines of the file, from the last checkpoint on (job personinnlasting). */
@Named("innlastingsleser")
@Dependent
public class Innlastingsleser extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "fil")
    String filnavn;

    @Inject
    Innlastingsmappe mappe;

    @Inject
    StepContext steg;

    private Linjeleser leser;
    private Innlastingstall tall;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        Path fil = mappe.fil(filnavn);
        leser = new Linjeleser(fil, checkpoint == null ? Linjeleser.Posisjon.START : (Linjeleser.Posisjon) checkpoint);
        tall = steg.getPersistentUserData() instanceof Innlastingstall t ? t : new Innlastingstall();
        tall.filstorrelse = Files.size(fil);
        steg.setPersistentUserData(tall);
    }

    @Override
    public Object readItem() throws Exception {
        Linjeleser.Linje linje = leser.neste();
        Linjeleser.Posisjon posisjon = leser.posisjon();
        tall.linjer = posisjon.linje();
        tall.bytes = posisjon.bytes();
        return linje;
    }

    @Override
    public Serializable checkpointInfo() {
        return leser.posisjon();
    }

    @Override
    public void close() throws Exception {
        if (leser != null) {
            leser.close();
        }
    }
}
