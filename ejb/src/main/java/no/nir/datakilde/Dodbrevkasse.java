package no.nir.datakilde;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jakarta.inject.Inject;

/**
 * The dead-letter queue NirPersonhendelserFeilet (docker/cli/messaging.cli): events that could not
 * be applied, each with the reason as a message property. Used inside the caller's transaction, so
 * moving an event there, or back to the event queue, happens together with the rest or not at all.
 */
@ApplicationScoped
public class Dodbrevkasse {

    /** The queues' JNDI names, the same with the embedded and with a remote broker. */
    public static final String HENDELSER = "java:/jms/queue/nir/Personhendelser";
    public static final String FEILET = "java:/jms/queue/nir/PersonhendelserFeilet";

    static final String ARSAK = "nirArsak";
    static final String FORSOK = "nirForsok";
    static final String FEILET_TID = "nirFeilet";
    static final String SENDT = "nirSendt";
    static final String HENDELSE_ID = "nirHendelseId";
    static final String KILDE = "nirKilde";
    static final String TYPE = "nirType";

    private static final Pattern MELDING_ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Pattern LESBAR = Pattern.compile("[\\p{L}\\p{N} ._:-]{1,100}");

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory fabrikk;

    @Resource(lookup = HENDELSER)
    Queue hendelser;

    @Resource(lookup = FEILET)
    Queue feilet;

    @Inject
    Clock klokke;

    /**
     * Puts an event in the dead-letter queue with its reason.
     *
     * @param tekst  the event as it came (null when the message had no text)
     * @param sendt  when the sender sent it
     */
    public void legg(String tekst, String arsak, int forsok, Instant sendt) {
        try (JMSContext jms = fabrikk.createContext()) {
            TextMessage melding = jms.createTextMessage(tekst);
            melding.setStringProperty(ARSAK, arsak);
            melding.setIntProperty(FORSOK, forsok);
            melding.setLongProperty(FEILET_TID, klokke.millis());
            melding.setLongProperty(SENDT, sendt.toEpochMilli());
            Optional<JsonObject> json = json(tekst);
            for (String[] felt : new String[][] {{"hendelseId", HENDELSE_ID}, {"kilde", KILDE}, {"type", TYPE}}) {
                json.map(o -> o.get(felt[0])).filter(JsonString.class::isInstance)
                        .map(v -> ((JsonString) v).getString()).filter(v -> LESBAR.matcher(v).matches())
                        .ifPresent(v -> settTekst(melding, felt[1], v));
            }
            jms.createProducer().send(feilet, melding);
        } catch (JMSException e) {
            throw new IllegalStateException("Kunne ikke legge hendelsen i køen for feilede hendelser", e);
        }
    }

    /** The oldest {@code maks} dead letters (and one more, so the caller knows there are more). */
    public List<Dodbrev> liste(int maks) {
        List<Dodbrev> liste = new ArrayList<>();
        try (JMSContext jms = fabrikk.createContext(); QueueBrowser browser = jms.createBrowser(feilet)) {
            Enumeration<?> meldinger = browser.getEnumeration();
            while (meldinger.hasMoreElements() && liste.size() <= maks) {
                liste.add(dodbrev((Message) meldinger.nextElement()));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Kunne ikke lese køen for feilede hendelser", e);
        }
        return liste;
    }

    /** Moves the dead letter back to the event queue, to be tried again from the start; false when not there. */
    public boolean sendPaaNytt(String id) {
        return ta(id).map(tekst -> {
            try (JMSContext jms = fabrikk.createContext()) {
                jms.createProducer().send(hendelser, tekst);
            }
            return true;
        }).orElse(false);
    }

    /** Removes the dead letter for good; false when not there. */
    public boolean forkast(String id) {
        return ta(id).isPresent();
    }

    /** Takes the message out of the dead-letter queue (in the caller's transaction): its text, or "" without. */
    private Optional<String> ta(String id) {
        if (id == null || !MELDING_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        try (JMSContext jms = fabrikk.createContext();
             JMSConsumer mottaker = jms.createConsumer(feilet, "JMSMessageID = 'ID:" + id + "'")) {
            Message melding = mottaker.receive(2000);
            if (melding == null) {
                return Optional.empty();
            }
            String tekst = melding instanceof TextMessage t ? t.getText() : null;
            return Optional.of(tekst == null ? "" : tekst);
        } catch (JMSException e) {
            throw new IllegalStateException("Kunne ikke hente hendelsen fra køen for feilede hendelser", e);
        }
    }

    private static Dodbrev dodbrev(Message m) throws JMSException {
        String id = m.getJMSMessageID() == null ? "" : m.getJMSMessageID().replaceFirst("^ID:", "");
        String arsak = m.propertyExists(ARSAK) ? m.getStringProperty(ARSAK)
                : "Meldingsbrokeren ga opp etter gjentatte forsøk (ingen årsak registrert)";
        int forsok = m.propertyExists(FORSOK) ? m.getIntProperty(FORSOK) : m.getIntProperty("JMSXDeliveryCount");
        Instant feilet = m.propertyExists(FEILET_TID) ? Instant.ofEpochMilli(m.getLongProperty(FEILET_TID))
                : Instant.ofEpochMilli(m.getJMSTimestamp());
        Instant sendt = m.propertyExists(SENDT) ? Instant.ofEpochMilli(m.getLongProperty(SENDT))
                : Instant.ofEpochMilli(m.getJMSTimestamp());
        return new Dodbrev(id, m.getStringProperty(HENDELSE_ID), m.getStringProperty(KILDE), m.getStringProperty(TYPE),
                arsak, forsok, feilet, sendt);
    }

    private static void settTekst(Message melding, String navn, String verdi) {
        try {
            melding.setStringProperty(navn, verdi);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event's JSON object, if the text is one: only to show its ids beside the reason. */
    private static Optional<JsonObject> json(String tekst) {
        if (tekst == null || tekst.length() > Hendelseleser.MAKS_TEGN) {
            return Optional.empty();
        }
        try (JsonReader leser = Json.createReader(new StringReader(tekst))) {
            JsonValue verdi = leser.readValue();
            return verdi.getValueType() == JsonValue.ValueType.OBJECT ? Optional.of(verdi.asJsonObject()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
