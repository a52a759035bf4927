package no.nir.innsynslogg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import no.nir.tilgang.Evne;
import no.nir.tilgang.Krever;
import no.nir.tilgang.Rolle;
import no.nir.tilgang.TilgangKilde;

/**
 * Who looked at which person, and who changed which tiltak, in the caller's kommuner (all for
 * IMDi). Newest first; paged and counted in the database.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@Krever(Evne.LESE_INNSYNSLOGG)
@RolesAllowed({Rolle.KOMMUNEADMIN, Rolle.IMDI})
public class InnsynsloggService {

    private static final String FRA = " from Innsynslogg l join l.person p";

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    TilgangKilde tilgangKilde;

    public long antall() {
        return innenfor("select count(l)" + FRA, "", Long.class).getSingleResult();
    }

    public List<InnsynsloggRad> side(int forste, int antall) {
        String jpql = "select new no.nir.innsynslogg.InnsynsloggRad(l.id, l.tidspunkt, l.bruker, l.handling, p.id,"
                + " p.dufNummer, concat(p.fornavn, ' ', p.etternavn), l.kommuneNummer, l.detaljer)" + FRA;
        return innenfor(jpql, " order by l.tidspunkt desc, l.id desc", InnsynsloggRad.class)
                .setFirstResult(forste)
                .setMaxResults(antall)
                .getResultList();
    }

    /**
     * The scope rule on the kommune and bydel the person had when the line was written: a bydel's
     * administrator sees who looked at the bydel's persons, not the whole kommune's (lines written
     * before the bydel was recorded, V20, have none and show only to kommune-wide users).
     */
    private <T> TypedQuery<T> innenfor(String jpql, String orden, Class<T> type) {
        return tilgangKilde.gjeldende().omfang().sporring(em, jpql, "l.kommuneNummer", "l.bydelNummer", orden, type);
    }
}
