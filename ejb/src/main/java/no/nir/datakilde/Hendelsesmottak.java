package no.nir.datakilde;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * One event from the queue in a transaction of its own, apart from the message's: it commits or
 * rolls back whole, and the listener then decides about the message (done, retry, dead letter).
 * A crash between this commit and the message's is harmless: the redelivered event's id is found.
 */
@ApplicationScoped
public class Hendelsesmottak {

    @Inject
    Hendelsesanvender anvender;

    @Inject
    Clock klokke;

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = AvvistHendelseException.class)
    public Utfall motta(String tekst) throws AvvistHendelseException {
        return anvender.anvend(Hendelseleser.les(tekst, klokke.instant()));
    }
}
