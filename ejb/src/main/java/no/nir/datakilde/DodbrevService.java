package no.nir.datakilde;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import no.nir.tilgang.Evne;
import no.nir.tilgang.Krever;
import no.nir.tilgang.Rolle;

/**
 * The dead-letter queue for operators: the events that could not be applied, with their reasons;
 * an event sent again goes back to the event queue and is tried from the start, a discarded one is
 * gone. Each action is logged with the operator's name.
 */
@Stateless
@Krever(Evne.DRIFTE_DATAKILDER)
@RolesAllowed(Rolle.NIR_DRIFT)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DodbrevService {

    /** The page and the API show at most this many, the oldest first. */
    public static final int MAKS = 500;

    private static final Logger LOGG = Logger.getLogger(DodbrevService.class.getName());

    @Inject
    Dodbrevkasse kasse;

    @Resource
    SessionContext kontekst;

    /** The oldest {@value #MAKS} dead letters; one more in the list when there are more. */
    public List<Dodbrev> liste() {
        return kasse.liste(MAKS);
    }

    /** @return false when no dead letter has that id (already sent again or discarded) */
    public boolean sendPaaNytt(String id) {
        boolean funnet = kasse.sendPaaNytt(id);
        if (funnet) {
            LOGG.info("Feilet hendelse " + id + " sendt på nytt av " + kontekst.getCallerPrincipal().getName());
        }
        return funnet;
    }

    /** @return false when no dead letter has that id */
    public boolean forkast(String id) {
        boolean funnet = kasse.forkast(id);
        if (funnet) {
            LOGG.info("Feilet hendelse " + id + " forkastet av " + kontekst.getCallerPrincipal().getName());
        }
        return funnet;
    }
}
