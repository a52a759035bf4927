package no.nir.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.nir.tilgang.IngenTilgangException;
import no.nir.tilgang.TilgangKilde;

/**
 * The scope rule ({@link no.nir.tilgang.Omfang}) for one person, used inside the calling service's transaction and
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
        if (person == null || !kanSe(person)) {
            throw new IngenTilgangException();
        }
        return person;
    }

    /** Whether the caller sees the person where the person is now (not where a record was made). */
    public boolean kanSe(Person person) {
        return tilgangKilde.gjeldende().omfang().kanSe(person.getOppfolgingskommune().getNummer(),
                person.getBydel() == null ? null : person.getBydel().getNummer());
    }
}
