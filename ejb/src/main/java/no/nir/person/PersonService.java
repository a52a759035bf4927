package no.nir.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.nir.tilgang.IngenTilgangException;
import no.nir.tilgang.Rolle;
import no.nir.tilgang.Tilgang;
import no.nir.tilgang.TilgangKilde;

/** Persons in the caller's scope. Reads only: no transaction is needed. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PersonService {

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    TilgangKilde tilgangKilde;

    /** The first persons of the caller's kommuner (all kommuner for IMDi), by name. */
    @RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.KOMMUNEADMIN, Rolle.IMDI})
    public List<PersonRad> personerIMinKommune(int maks) {
        Tilgang tilgang = tilgangKilde.gjeldende();
        String jpql = "select p from Person p where "
                + (tilgang.erNasjonal() ? "1 = 1" : "p.oppfolgingskommune.nummer in :kommuner")
                + (tilgang.bydel() == null || tilgang.erNasjonal() ? "" : " and p.bydel.nummer = :bydel")
                + " order by p.etternavn, p.fornavn, p.id";
        var query = em.createQuery(jpql, Person.class).setMaxResults(maks);
        if (!tilgang.erNasjonal()) {
            query.setParameter("kommuner", tilgang.kommuner().isEmpty() ? List.of("----") : tilgang.kommuner());
            if (tilgang.bydel() != null) {
                query.setParameter("bydel", tilgang.bydel());
            }
        }
        return query.getResultList().stream().map(PersonService::rad).toList();
    }

    /** One person, refused (as if it did not exist) outside the caller's scope. */
    @RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.KOMMUNEADMIN, Rolle.IMDI})
    public PersonRad person(long id) {
        Person person = em.find(Person.class, id);
        if (person == null || !tilgangKilde.gjeldende().kanSe(person.getOppfolgingskommune().getNummer(),
                person.getBydel() == null ? null : person.getBydel().getNummer())) {
            throw new IngenTilgangException();
        }
        return rad(person);
    }

    private static PersonRad rad(Person p) {
        return new PersonRad(p.getId(), DufNummer.parse(p.getDufNummer()), p.fulltNavn(), p.getFodselsdato(),
                p.getOppfolgingskommune().getNavn());
    }
}
