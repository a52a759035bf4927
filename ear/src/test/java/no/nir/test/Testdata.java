package no.nir.test;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import no.nir.kommune.Bydel;
import no.nir.kommune.Kommune;
import no.nir.kommune.Mottak;
import no.nir.ordning.KategoriOppdaterer;
import no.nir.person.Kjonn;
import no.nir.person.Person;

/**
 * Each test makes its own data through this bean, committed in its own transaction like real data.
 * DUF-numbers are unique per run, so tests never see each other's persons by accident.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Testdata {

    private static final AtomicLong LOPENUMMER = new AtomicLong(System.currentTimeMillis() % 1_000_000L * 1000);

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    KategoriOppdaterer kategoriOppdaterer;

    public static String nyttDufNummer() {
        return String.format("9%011d", LOPENUMMER.incrementAndGet());
    }

    /** A mottak resident with a permit, in a mottak of the given kommune, with kategorier computed. */
    public long mottaksbeboer(String kommunenummer, String fornavn, String etternavn, LocalDate fodselsdato,
                              LocalDate tillatelsesdato) {
        Person person = new Person(nyttDufNummer(), fornavn, etternavn, fodselsdato, Kjonn.K, "Syria",
                em.find(Kommune.class, kommunenummer));
        person.flyttTilMottak(mottak(kommunenummer));
        person.innvilgTillatelse(tillatelsesdato);
        em.persist(person);
        kategoriOppdaterer.oppdater(person, LocalDate.now());
        return person.getId();
    }

    /** A person settled in the kommune (and bydel, may be null), with kategorier computed. */
    public long bosatt(String kommunenummer, String bydelsnummer, String fornavn, String etternavn,
                       LocalDate fodselsdato, LocalDate tillatelsesdato, LocalDate bosettingsdato) {
        Kommune kommune = em.find(Kommune.class, kommunenummer);
        Person person = new Person(nyttDufNummer(), fornavn, etternavn, fodselsdato, Kjonn.M, "Eritrea", kommune);
        person.innvilgTillatelse(tillatelsesdato);
        person.bosett(bosettingsdato, kommune, bydelsnummer == null ? null : em.find(Bydel.class, bydelsnummer));
        em.persist(person);
        kategoriOppdaterer.oppdater(person, LocalDate.now());
        return person.getId();
    }

    public String dufNummer(long personId) {
        return em.find(Person.class, personId).getDufNummer();
    }

    private Mottak mottak(String kommunenummer) {
        return em.createQuery("select m from Mottak m where m.vertskommune.nummer = :k order by m.id", Mottak.class)
                .setParameter("k", kommunenummer)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Mottak nytt = new Mottak("Testmottak " + kommunenummer, em.find(Kommune.class, kommunenummer));
                    em.persist(nytt);
                    return nytt;
                });
    }

    // ---- Personsøk and personlister (sok). Fully qualified names keep the import block merge-free.

    /** Sets Reg-nummer, UNHCR-nummer and fødselsnummer (each may be null). */
    public void identifikatorer(long personId, String fodselsnummer, String regNummer, String unhcrNummer) {
        Person person = em.find(Person.class, personId);
        person.setFodselsnummer(fodselsnummer);
        person.setRegNummer(regNummer);
        person.setUnhcrNummer(unhcrNummer);
    }

    /** The id of the person's ordning of the given type. */
    public long ordningId(long personId, no.nir.ordning.OrdningType type) {
        return em.createQuery("select o.id from Ordning o where o.person.id = :p and o.type = :t", Long.class)
                .setParameter("p", personId).setParameter("t", type).getSingleResult();
    }

    /** A one-week tiltak of the first catalogue type without extra fields, on the given ordning. */
    public long tiltak(long ordningId) {
        no.nir.ordning.Ordning ordning = em.find(no.nir.ordning.Ordning.class, ordningId);
        no.nir.katalog.Tiltakstype type = em.createQuery("select t from Tiltakstype t where t.kreverGjennomforing = false"
                        + " and t.kreverMottattTilbud = false order by t.kode", no.nir.katalog.Tiltakstype.class)
                .setMaxResults(1).getSingleResult();
        no.nir.tiltak.Tiltak tiltak = new no.nir.tiltak.Tiltak(ordning, type, ordning.getFraDato(),
                ordning.getFraDato().plusDays(6), java.math.BigDecimal.TEN, false, "testdata", java.time.Instant.now());
        em.persist(tiltak);
        return tiltak.getId();
    }

    public void slettTiltak(long tiltakId) {
        em.find(no.nir.tiltak.Tiltak.class, tiltakId).slett("testdata", java.time.Instant.now());
    }

    /** Sets an ordning's status and frist directly, for lists that show grey rows and frister. */
    public void ordningStatus(long ordningId, no.nir.ordning.OrdningStatus status, LocalDate frist) {
        no.nir.ordning.Ordning ordning = em.find(no.nir.ordning.Ordning.class, ordningId);
        ordning.oppdater(ordning.getTilDato(), status, frist);
    }

    /** Settles an existing person in a kommune (no bydel) and recomputes: Kvalifisering i mottak closes. */
    public void bosett(long personId, String kommunenummer, LocalDate dato) {
        Person person = em.find(Person.class, personId);
        person.bosett(dato, em.find(Kommune.class, kommunenummer), null);
        kategoriOppdaterer.oppdater(person, LocalDate.now());
    }
}
