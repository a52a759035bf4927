package no.nir.ordning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import no.nir.person.PersonTilgang;
import no.nir.tilgang.Evne;
import no.nir.tilgang.Krever;
import no.nir.tilgang.Rolle;

/** Reruns the beregning of a person's kategorier and ordninger, e.g. after the facts changed. */
@Stateless
public class BeregningService {

    @Inject
    PersonTilgang personTilgang;

    @Inject
    KategoriOppdaterer oppdaterer;

    @Inject
    Clock klokke;

    @Krever(Evne.ENDRE_TILTAK)
    @RolesAllowed(Rolle.NIR_SKRIV)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void beregnPaaNytt(long personId) {
        oppdaterer.oppdater(personTilgang.personISkop(personId), LocalDate.now(klokke));
    }
}
