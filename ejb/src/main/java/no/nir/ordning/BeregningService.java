package no.nir.ordning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import no.nir.person.Person;
import no.nir.tilgang.IngenTilgangException;
import no.nir.tilgang.Rolle;
import no.nir.tilgang.TilgangKilde;

/** Reruns the beregning of a person's kategorier and ordninger, e.g. after the facts changed. */
@Stateless
public class BeregningService {

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    TilgangKilde tilgangKilde;

    @Inject
    KategoriOppdaterer oppdaterer;

    @RolesAllowed(Rolle.NIR_SKRIV)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void beregnPaaNytt(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null || !tilgangKilde.gjeldende().kanSe(person.getOppfolgingskommune().getNummer(),
                person.getBydel() == null ? null : person.getBydel().getNummer())) {
            throw new IngenTilgangException();
        }
        oppdaterer.oppdater(person, LocalDate.now());
    }
}
