package no.nir.kompetanse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import no.nir.person.Person;
import no.nir.person.PersonTilgang;
import no.nir.tilgang.IngenTilgangException;
import no.nir.tilgang.Evne;
import no.nir.tilgang.Krever;
import no.nir.tilgang.Rolle;
import no.nir.tilgang.TilgangKilde;

/**
 * The Kompetanse module, read only. The Kommune-administrativ bruker is refused (SPEC §1); a
 * Bosetting user reads it within scope like nir-les.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class KompetanseService {

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    TilgangKilde tilgangKilde;

    @Inject
    PersonTilgang personTilgang;

    @Krever(Evne.LESE_KOMPETANSE)
    @RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.BOSETTING, Rolle.IMDI})
    public KompetanseOversikt kompetanse(long personId) {
        // A user may hold an allowed role beside kommuneadmin; Tilgang has the one rule for the menu and here.
        if (!tilgangKilde.gjeldende().kanLeseKompetanse()) {
            throw new IngenTilgangException();
        }
        Person person = personTilgang.personISkop(personId);
        return em.createQuery("select k from Kompetanse k where k.person = :person", Kompetanse.class)
                .setParameter("person", person)
                .getResultStream()
                .findFirst()
                .map(this::oversikt)
                .orElseGet(KompetanseOversikt::ingen);
    }

    /** The parts are read with their own queries: the entity's lists are lazy and the result leaves the bean. */
    private KompetanseOversikt oversikt(Kompetanse k) {
        List<KompetanseOversikt.Sprak> sprak = deler(KompetanseSprak.class, k).stream()
                .map(s -> new KompetanseOversikt.Sprak(s.getSprak(), s.getMuntligNiva(), s.getSkriftligNiva(),
                        s.isMorsmal()))
                .toList();
        List<KompetanseOversikt.Yrke> yrker = deler(KompetanseYrke.class, k).stream()
                .map(y -> new KompetanseOversikt.Yrke(y.getYrke(), y.getAntallAr()))
                .toList();
        List<KompetanseOversikt.Utdanning> utdanninger = deler(KompetanseUtdanning.class, k).stream()
                .map(u -> new KompetanseOversikt.Utdanning(u.getNiva(), u.getFagfelt(), u.getLand(), u.getAntallAr(),
                        u.isFullfort()))
                .toList();
        List<KompetanseOversikt.Steg> statuslinje = Arrays.stream(KompetanseStatus.values())
                .map(steg -> new KompetanseOversikt.Steg(steg, k.harNadd(steg)))
                .toList();
        return new KompetanseOversikt(true, k.getKilde(), k.getRegistrertDato(), statuslinje, sprak, yrker,
                utdanninger, k.getAndreFerdigheter(), k.getInteresser(), k.getKarriereveiledningNotat(),
                k.getKarriereveiledningDato());
    }

    private <T> List<T> deler(Class<T> type, Kompetanse kompetanse) {
        return em.createQuery("select d from " + type.getSimpleName() + " d where d.kompetanse = :k order by d.id", type)
                .setParameter("k", kompetanse)
                .getResultList();
    }
}
