package no.nir.personliste;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import no.nir.kommune.Bydel;
import no.nir.kommune.Fylke;
import no.nir.kommune.Kommune;
import no.nir.ordning.KategoriType;
import no.nir.ordning.OrdningType;
import no.nir.tilgang.Evne;
import no.nir.tilgang.Krever;
import no.nir.tilgang.Omfang;
import no.nir.tilgang.Rolle;
import no.nir.tilgang.TilgangKilde;

/**
 * NIR personlister (SPEC §3.2): persons with an open kategori, one line per person and ordning.
 * Filtering, scope, sorting, paging and counting all happen in PostgreSQL, at index speed at national
 * scale ({@link PersonlisteSporring}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@Krever(Evne.LESE_PERSONER)
@RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.KOMMUNEADMIN, Rolle.IMDI})
public class PersonlisteService {

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    TilgangKilde tilgangKilde;

    @Inject
    Clock klokke;

    @Resource(lookup = "java:jboss/datasources/NirDS")
    DataSource dataSource;

    public long antall(PersonlisteKriterier kriterier) {
        return sporring(kriterier).antall();
    }

    public List<PersonlisteRad> side(PersonlisteKriterier kriterier, PersonlisteSortering sortering, boolean synkende,
                                     int forste, int antall) {
        return sporring(kriterier).side(sortering, synkende, forste, antall);
    }

    /**
     * The next rows after the given ordning id, in id order: the CSV download pulls the whole list
     * in such chunks (keyset paging, so late chunks cost as little as early ones).
     */
    public List<PersonlisteRad> eksportside(PersonlisteKriterier kriterier, long etterOrdningId, int antall) {
        try (Connection connection = dataSource.getConnection()) {
            return sporring(kriterier).etter(connection, etterOrdningId, antall);
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** Fylker, kommuner and bydeler the caller may filter on. */
    public Filterverdier filterverdier() {
        Omfang omfang = tilgangKilde.gjeldende().omfang();
        List<Kommune> kommuner = omfang.sporring(em, "select k from Kommune k", "k.nummer", null, " order by k.navn",
                Kommune.class).getResultList();
        List<Fylke> fylker = kommuner.stream().map(Kommune::getFylke).distinct()
                .sorted(java.util.Comparator.comparing(Fylke::getNavn)).toList();
        List<Bydel> bydeler = omfang.sporring(em, "select b from Bydel b", "b.kommune.nummer", "b.nummer",
                " order by b.navn", Bydel.class).getResultList();
        return new Filterverdier(
                fylker.stream().map(f -> new Filtervalg(f.getNummer(), f.getNavn(), null)).toList(),
                kommuner.stream().map(k -> new Filtervalg(k.getNummer(), k.getNavn(), k.getFylke().getNummer())).toList(),
                bydeler.stream().map(b -> new Filtervalg(b.getNummer(), b.getNavn(), b.getKommune().getNummer())).toList());
    }

    /** The ordninger of a kategori (all of the lovverk's when no kategori is chosen). */
    public List<OrdningType> ordninger(KategoriType kategori) {
        return kategori == null ? List.of(OrdningType.values()) : kategori.ordninger();
    }

    private PersonlisteSporring sporring(PersonlisteKriterier kriterier) {
        return new PersonlisteSporring(em, tilgangKilde.gjeldende(), kriterier, LocalDate.now(klokke));
    }
}
