package no.nir.datakilde;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.nir.ordning.KategoriOppdaterer;
import no.nir.person.Person;

/** The nightly beregning's steps, each in a transaction of its own ({@link NattligBeregning}). */
@ApplicationScoped
public class Omberegning {

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    KategoriOppdaterer kategoriOppdaterer;

    @Inject
    Clock klokke;

    /** Takes the day for this node; false when another node (or an earlier start) already has it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean krev(LocalDate dato, String node) {
        return em.createNativeQuery("insert into beregningskjoring (dato, node, startet) values (?, ?, ?)"
                        + " on conflict (dato) do nothing")
                .setParameter(1, Date.valueOf(dato)).setParameter(2, node)
                .setParameter(3, Timestamp.from(klokke.instant()))
                .executeUpdate() == 1;
    }

    /** The day of the latest finished run before this one, if any (a run whose node died does not count). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<LocalDate> forrige(LocalDate dato) {
        Object forrige = em.createNativeQuery("select max(dato) from beregningskjoring where dato < ? and ferdig is not null")
                .setParameter(1, Date.valueOf(dato)).getSingleResult();
        return Optional.ofNullable((Date) forrige).map(Date::toLocalDate);
    }

    /**
     * The persons whose beregning gives something else today than on {@code forrige}: those with an
     * ordning still AKTIV whose til-dato came in between (a bosetting or a move out of mottak stored
     * ahead of its day; the beregning gives such a closed ordning its status as of the day). A night
     * the timer missed is caught up by the next run, as the period starts at the last finished run.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Long> utvalg(LocalDate idag, LocalDate forrige) {
        List<Number> ider = em.createNativeQuery("select distinct person_id from ordning where status = 'AKTIV'"
                        + " and til_dato is not null and til_dato > ? and til_dato <= ? order by 1")
                .setParameter(1, Date.valueOf(forrige))
                .setParameter(2, Date.valueOf(idag))
                .getResultList();
        return ider.stream().map(Number::longValue).toList();
    }

    /** Reruns the beregning for the persons; returns how many of them changed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int beregn(List<Long> personer, LocalDate idag) {
        int endret = 0;
        for (long id : personer) {
            Person person = em.find(Person.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (person != null && kategoriOppdaterer.oppdater(person, idag)) {
                endret++;
            }
        }
        return endret;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ferdig(LocalDate dato, int personer, int endret) {
        em.createNativeQuery("update beregningskjoring set ferdig = ?, personer = ?, endret = ? where dato = ?")
                .setParameter(1, Timestamp.from(klokke.instant())).setParameter(2, personer).setParameter(3, endret)
                .setParameter(4, Date.valueOf(dato)).executeUpdate();
    }

    /** The latest runs, newest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Beregningskjoring> siste(int maks) {
        List<Object[]> rader = em.createNativeQuery("select dato, node, startet, ferdig, personer, endret"
                        + " from beregningskjoring order by dato desc")
                .setMaxResults(maks).getResultList();
        return rader.stream().map(r -> new Beregningskjoring(((Date) r[0]).toLocalDate(), (String) r[1],
                ((Timestamp) r[2]).toInstant(), r[3] == null ? null : ((Timestamp) r[3]).toInstant(),
                r[4] == null ? null : ((Number) r[4]).intValue(), r[5] == null ? null : ((Number) r[5]).intValue()))
                .toList();
    }
}
