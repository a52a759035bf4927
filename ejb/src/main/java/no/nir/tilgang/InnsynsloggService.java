package no.nir.tilgang;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Who looked at which person, and who changed which tiltak, in the caller's kommuner (all for
 * IMDi). Newest first; paged and counted in the database.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Rolle.KOMMUNEADMIN, Rolle.IMDI})
public class InnsynsloggService {

    private static final String FRA = " from Innsynslogg l join l.person p";

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    TilgangKilde tilgangKilde;

    public long antall() {
        Tilgang tilgang = tilgangKilde.gjeldende();
        return medOmfang(em.createQuery("select count(l)" + FRA + hvor(tilgang), Long.class), tilgang)
                .getSingleResult();
    }

    public List<InnsynsloggRad> side(int forste, int antall) {
        Tilgang tilgang = tilgangKilde.gjeldende();
        String jpql = "select new no.nir.tilgang.InnsynsloggRad(l.id, l.tidspunkt, l.bruker, l.handling, p.id,"
                + " p.dufNummer, concat(p.fornavn, ' ', p.etternavn), l.kommuneNummer, l.detaljer)"
                + FRA + hvor(tilgang) + " order by l.tidspunkt desc, l.id desc";
        return medOmfang(em.createQuery(jpql, InnsynsloggRad.class), tilgang)
                .setFirstResult(forste)
                .setMaxResults(antall)
                .getResultList();
    }

    private static String hvor(Tilgang tilgang) {
        return tilgang.erNasjonal() ? "" : " where l.kommuneNummer in :kommuner";
    }

    private static <T> TypedQuery<T> medOmfang(TypedQuery<T> query, Tilgang tilgang) {
        return tilgang.erNasjonal() ? query
                : query.setParameter("kommuner", tilgang.kommuner().isEmpty() ? List.of("----") : tilgang.kommuner());
    }
}
