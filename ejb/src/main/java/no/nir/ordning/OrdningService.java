package no.nir.ordning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.nir.person.Person;
import no.nir.person.PersonTilgang;
import no.nir.tilgang.IngenTilgangException;
import no.nir.tilgang.Evne;
import no.nir.tilgang.Krever;
import no.nir.tilgang.Rolle;

/**
 * A person's kategorier and ordninger for the person pages. Every method checks the person against
 * the caller's scope first; an ordning of another person is refused like one outside scope.
 * The Kommune-administrativ bruker sees them too: the person lists already show kategori and ordning.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OrdningService {

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    PersonTilgang personTilgang;

    @Inject
    Clock klokke;

    /** The "NIR — Aktive ordninger" overview: kategorier open first, each with its ordninger. */
    @Krever(Evne.LESE_PERSONER)
    @RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.KOMMUNEADMIN, Rolle.IMDI})
    public List<KategoriMedOrdninger> kategorier(long personId) {
        Person person = personTilgang.personISkop(personId);
        LocalDate idag = LocalDate.now(klokke);
        Map<Long, List<OrdningRad>> perKategori = ordninger(person).stream().collect(Collectors.groupingBy(
                o -> o.getKategori().getId(), LinkedHashMap::new,
                Collectors.mapping(o -> OrdningRad.av(o, idag), Collectors.toList())));
        return em.createQuery("select k from Kategori k where k.person = :person", Kategori.class)
                .setParameter("person", person)
                .getResultStream()
                .map(KategoriRad::av)
                .sorted(KategoriRad.APNE_FORST)
                .map(k -> new KategoriMedOrdninger(k, perKategori.getOrDefault(k.id(), List.of()).stream()
                        .sorted(OrdningRad.AKTIVE_FORST).toList()))
                .toList();
    }

    /** The person's ordninger by lovverk, for the left menu; integreringsloven first. */
    @Krever(Evne.LESE_PERSONER)
    @RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.KOMMUNEADMIN, Rolle.IMDI})
    public List<LovverkOrdninger> ordningerForMeny(long personId) {
        return LovverkOrdninger.meny(ordninger(personTilgang.personISkop(personId)), LocalDate.now(klokke));
    }

    /** One ordning of the person, with whether tiltak are registered on it. */
    @Krever(Evne.LESE_PERSONER)
    @RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.KOMMUNEADMIN, Rolle.IMDI})
    public OrdningDetaljer ordning(long personId, long ordningId) {
        Person person = personTilgang.personISkop(personId);
        Ordning o = em.createQuery("select o from Ordning o join fetch o.kategori"
                        + " where o.id = :ordning and o.person = :person", Ordning.class)
                .setParameter("ordning", ordningId)
                .setParameter("person", person)
                .getResultStream()
                .findFirst()
                .orElseThrow(IngenTilgangException::new);
        long tiltak = em.createQuery("select count(t) from Tiltak t where t.ordning = :ordning"
                        + " and t.slettetTid is null", Long.class)
                .setParameter("ordning", o)
                .getSingleResult();
        return OrdningDetaljer.av(o, tiltak > 0);
    }

    private List<Ordning> ordninger(Person person) {
        return em.createQuery("select o from Ordning o join fetch o.kategori where o.person = :person"
                        + " order by o.id", Ordning.class)
                .setParameter("person", person)
                .getResultList();
    }
}
