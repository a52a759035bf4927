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
import no.nir.tilgang.Innsynslogger;

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

    @Inject
    Innsynslogger innsynslogger;

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

    /** An innsynslogg line as if the current caller had opened the person. */
    public void loggLest(long personId) {
        innsynslogger.personLest(em.find(Person.class, personId));
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
}
