package no.nir.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import no.nir.tilgang.Evne;
import no.nir.tilgang.Krever;
import no.nir.tilgang.Rolle;

/** The person header, for the caller's scope; opening the whole person is {@code grunndata.GrunndataService}. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PersonService {

    @Inject
    PersonTilgang personTilgang;

    /**
     * The header of every person page. Bosetting users may call it too: they open the person's
     * Kompetanse page, which has the same header.
     */
    @Krever(Evne.SE_PERSON)
    @RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.KOMMUNEADMIN, Rolle.BOSETTING, Rolle.IMDI})
    public PersonHode personHode(long id) {
        Person p = personTilgang.personISkop(id);
        return PersonHode.av(p);
    }
}
