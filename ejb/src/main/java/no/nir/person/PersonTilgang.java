package no.nir.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.nir.tilgang.IngenTilgangException;
import no.nir.tilgang.TilgangKilde;

/**
 * The scope rule of SPEC §1 for one person, used inside the calling service's transaction and
 * authorisation. A person that does not exist and one outside scope are refused alike, so a
 * guessed id reveals nothing.
 */
@ApplicationScoped
public class PersonTilgang {

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    TilgangKilde tilgangKilde;

    public Person personISkop(long id) {
        Person person = em.find(Person.class, id);
        if (person == null || !tilgangKilde.gjeldende().kanSe(person.getOppfolgingskommune().getNummer(),
                person.getBydel() == null ? null : person.getBydel().getNummer())) {
            throw new IngenTilgangException();
        }
        return person;
    }
}
