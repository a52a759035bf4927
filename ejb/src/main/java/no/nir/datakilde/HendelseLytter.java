package no.nir.datakilde;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes the upstream registers' events off the queue NirPersonhendelser, several at a time. Each
 * event is applied in its own transaction ({@link Hendelsesmottak}); the message's transaction then
 * only decides what becomes of the message. An event that fails is put back and comes again after
 * the broker's redelivery delay (messaging.cli), while the events behind it go on; after
 * {@value #MAKS_FORSOK} deliveries it moves to the dead-letter queue with its reason.
 *
 * <p>The container calls it; no user does, so it asks for no role.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Dodbrevkasse.HENDELSER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
@PermitAll
public class HendelseLytter implements MessageListener {

    /** Deliveries before an event is given up (the broker's own limit in messaging.cli is higher). */
    public static final int MAKS_FORSOK = 5;

    private static final Logger LOGG = Logger.getLogger(HendelseLytter.class.getName());

    @Inject
    Hendelsesmottak mottak;

    @Inject
    Dodbrevkasse dodbrev;

    @Resource
    MessageDrivenContext kontekst;

    @Override
    public void onMessage(Message melding) {
        String tekst = null;
        int forsok = 1;
        String arsak;
        try {
            forsok = melding.getIntProperty("JMSXDeliveryCount");
            if (!(melding instanceof TextMessage t)) {
                throw new AvvistHendelseException("Meldingen er ikke en tekstmelding");
            }
            tekst = t.getText();
            mottak.motta(tekst);
            return;
        } catch (AvvistHendelseException e) {
            arsak = e.getMessage();
        } catch (JMSException | RuntimeException e) {
            // A conflict with another transaction or a database outage: worth another try. The
            // exception's text may quote values (personal data), so only its kind is kept.
            arsak = "Teknisk feil (" + e.getClass().getSimpleName() + ")";
            LOGG.log(Level.FINE, "Hendelsen feilet", e);
        }
        String id = meldingId(melding);
        if (forsok < MAKS_FORSOK) {
            LOGG.info("Hendelse " + id + " prøves igjen, forsøk " + forsok + " av " + MAKS_FORSOK + ": " + arsak);
            kontekst.setRollbackOnly();
            return;
        }
        dodbrev.legg(tekst, arsak, forsok, sendt(melding));
        LOGG.warning("Hendelse " + id + " lagt i køen for feilede hendelser etter " + forsok + " forsøk: " + arsak);
    }

    private static String meldingId(Message melding) {
        try {
            return melding.getJMSMessageID();
        } catch (JMSException e) {
            return "?";
        }
    }

    private static Instant sendt(Message melding) {
        try {
            return Instant.ofEpochMilli(melding.getJMSTimestamp());
        } catch (JMSException e) {
            return Instant.now();
        }
    }
}
