package no.nir.test;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import no.nir.innsynslogg.Handling;
import no.nir.innsynslogg.Innsynslogg;
import no.nir.innsynslogg.Innsynslogger;
import no.nir.katalog.Tiltakstype;
import no.nir.kommune.Bydel;
import no.nir.kommune.Kommune;
import no.nir.kommune.Mottak;
import no.nir.kompetanse.Kilde;
import no.nir.kompetanse.Kompetanse;
import no.nir.kompetanse.KompetanseStatus;
import no.nir.ordning.KategoriOppdaterer;
import no.nir.ordning.Ordning;
import no.nir.ordning.OrdningStatus;
import no.nir.ordning.OrdningType;
import no.nir.person.Kjonn;
import no.nir.person.Person;
import no.nir.tiltak.RapportgrunnlagOppdaterer;
import no.nir.tiltak.Tiltak;

/**
 * Each test makes its own data through this bean, committed in its own transaction like real data:
 * real entities, the real beregning. In-container tests inject it; client tests (browser, HTTP, API,
 * the operations scenarios) order it over HTTP through {@link no.nir.test.nettleser.Testpersoner}.
 * DUF-numbers are unique per run, so tests never see each other's persons by accident.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Testdata {

    /** The application's clock (Europe/Oslo): "today" here is the service's today at any hour. */
    @Inject
    Clock klokke;

    private static final AtomicLong LOPENUMMER = new AtomicLong(System.currentTimeMillis() % 1_000_000L * 1000);

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    KategoriOppdaterer kategoriOppdaterer;

    @Inject
    Innsynslogger innsynslogger;

    @Inject
    RapportgrunnlagOppdaterer rapportgrunnlag;

    public static String nyttDufNummer() {
        return String.format("9%011d", LOPENUMMER.incrementAndGet());
    }

    /** A mottak resident with a permit, in a mottak of the given kommune, with kategorier computed. */
    public long mottaksbeboer(String kommunenummer, String fornavn, String etternavn, LocalDate fodselsdato,
                              LocalDate tillatelsesdato) {
        return mottaksbeboer(kommunenummer, fornavn, etternavn, fodselsdato, "Syria", tillatelsesdato).getId();
    }

    private Person mottaksbeboer(String kommunenummer, String fornavn, String etternavn, LocalDate fodselsdato,
                                 String statsborgerskap, LocalDate tillatelsesdato) {
        Person person = new Person(nyttDufNummer(), fornavn, etternavn, fodselsdato, Kjonn.K, statsborgerskap,
                finn(Kommune.class, kommunenummer));
        person.flyttTilMottak(mottak(kommunenummer));
        person.innvilgTillatelse(tillatelsesdato);
        em.persist(person);
        beregn(person);
        return person;
    }

    /** A person settled in the kommune (and bydel, may be null), with kategorier computed. */
    public long bosatt(String kommunenummer, String bydelsnummer, String fornavn, String etternavn,
                       LocalDate fodselsdato, LocalDate tillatelsesdato, LocalDate bosettingsdato) {
        Kommune kommune = em.find(Kommune.class, kommunenummer);
        Person person = new Person(nyttDufNummer(), fornavn, etternavn, fodselsdato, Kjonn.M, "Eritrea", kommune);
        person.innvilgTillatelse(tillatelsesdato);
        person.bosett(bosettingsdato, kommune, bydelsnummer == null ? null : em.find(Bydel.class, bydelsnummer));
        em.persist(person);
        beregn(person);
        return person.getId();
    }

    /** An innsynslogg line as if the current caller had opened the person. */
    public void loggLest(long personId) {
        innsynslogger.personLest(em.find(Person.class, personId));
    }

    public String dufNummer(long personId) {
        return em.find(Person.class, personId).getDufNummer();
    }

    /** A mottak in the kommune (the first, or a new one), for events that name it. */
    public long mottakId(String kommunenummer) {
        finn(Kommune.class, kommunenummer);
        return mottak(kommunenummer).getId();
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

    // ---------------------------------------------------------------- Person pages and Kompetanse

    /** Settles a mottak resident in the kommune of the mottak, and reruns the beregning. */
    public void bosettMottaksbeboer(long personId, LocalDate bosettingsdato) {
        bosett(personId, em.find(Person.class, personId).getOppfolgingskommune().getNummer(), bosettingsdato);
    }

    /** The id of the person's ordning of that type (the first, if there are several). */
    public long ordningId(long personId, OrdningType type) {
        return em.createQuery("select o.id from Ordning o where o.person.id = :p and o.type = :t order by o.fraDato, o.id",
                        Long.class)
                .setParameter("p", personId)
                .setParameter("t", type)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Personen har ingen ordning " + type));
    }

    /**
     * A tiltak on the ordning, registered by "skriv", with hours like "3" or "2.5"; the report's
     * figures follow as TiltakService keeps them.
     */
    public long tiltak(long ordningId, String tiltakstypeKode, LocalDate fra, LocalDate til, String timerPerUke) {
        Tiltak tiltak = new Tiltak(em.find(Ordning.class, ordningId), finn(Tiltakstype.class, tiltakstypeKode),
                fra, til, new BigDecimal(timerPerUke), false, "skriv", klokke.instant());
        em.persist(tiltak);
        rapportgrunnlag.oppdater(ordningId);
        return tiltak.getId();
    }

    /** The tiltak's current version, read without the service's checks (a refused caller cannot read it). */
    public long tiltakVersjon(long tiltakId) {
        return em.find(Tiltak.class, tiltakId).getVersion();
    }

    public void slettTiltak(long tiltakId) {
        Tiltak tiltak = em.find(Tiltak.class, tiltakId);
        tiltak.slett("skriv", klokke.instant());
        rapportgrunnlag.oppdater(tiltak.getOrdning().getId());
    }

    /** A self-registered kompetanse with two languages and one row of every other part. */
    public long kompetanse(long personId, KompetanseStatus status) {
        Kompetanse k = new Kompetanse(em.find(Person.class, personId), Kilde.SELVREGISTRERT, LocalDate.of(2024, 3, 1));
        k.leggTilSprak("Arabisk", "Morsmål", "Morsmål", true);
        k.leggTilSprak("Engelsk", "B1", "A2", false);
        k.leggTilYrke("Sykepleier", new BigDecimal("4.5"));
        k.leggTilUtdanning("Bachelor", "Sykepleie", "Syria", new BigDecimal("3.0"), true);
        k.setAndreFerdigheter("Førerkort klasse B");
        k.setInteresser("Fotball og matlaging");
        k.setStatus(status);
        k.registrerKarriereveiledning("Ønsker godkjenning av sykepleierutdanningen.", LocalDate.of(2024, 4, 2));
        em.persist(k);
        return k.getId();
    }

    /** How many LES_PERSON lines the innsynslogg has for this user and person. */
    public long personLest(String bruker, long personId) {
        return em.createQuery("select count(i) from Innsynslogg i where i.bruker = :b and i.person.id = :p"
                        + " and i.handling = :h", Long.class)
                .setParameter("h", Handling.LES_PERSON)
                .setParameter("b", bruker)
                .setParameter("p", personId)
                .getSingleResult();
    }

    // ---------------------------------------------------------------- Personsøk and personlister

    /** Sets Reg-nummer, UNHCR-nummer and fødselsnummer (each may be null). */
    public void identifikatorer(long personId, String fodselsnummer, String regNummer, String unhcrNummer) {
        Person person = em.find(Person.class, personId);
        person.setFodselsnummer(fodselsnummer);
        person.setRegNummer(regNummer);
        person.setUnhcrNummer(unhcrNummer);
    }

    /** A one-week tiltak of the first catalogue type without extra fields, at the start of the ordning. */
    public long tiltak(long ordningId) {
        Ordning ordning = em.find(Ordning.class, ordningId);
        Tiltakstype type = em.createQuery("select t from Tiltakstype t where t.kreverGjennomforing = false"
                        + " and t.kreverMottattTilbud = false order by t.kode", Tiltakstype.class)
                .setMaxResults(1).getSingleResult();
        Tiltak tiltak = new Tiltak(ordning, type, ordning.getFraDato(), ordning.getFraDato().plusDays(6),
                BigDecimal.TEN, false, "testdata", klokke.instant());
        em.persist(tiltak);
        return tiltak.getId();
    }

    /** Sets an ordning's status and frist directly, for lists that show grey rows and frister. */
    public void ordningStatus(long ordningId, OrdningStatus status, LocalDate frist) {
        Ordning ordning = em.find(Ordning.class, ordningId);
        ordning.oppdater(ordning.getTilDato(), status, frist);
    }

    /** Moves a mottak resident to a mottak in another kommune and recomputes: the open ordning follows. */
    public void flyttTilMottak(long personId, String kommunenummer) {
        Person person = em.find(Person.class, personId);
        person.flyttTilMottak(mottak(kommunenummer));
        beregn(person);
    }

    /** Settles an existing person in a kommune (no bydel) and recomputes: Kvalifisering i mottak closes. */
    public void bosett(long personId, String kommunenummer, LocalDate dato) {
        Person person = em.find(Person.class, personId);
        person.bosett(dato, em.find(Kommune.class, kommunenummer), null);
        beregn(person);
    }

    // ---------------------------------------------------------------- Tiltak

    public LocalDate ordningFra(long ordningId) {
        return em.find(Ordning.class, ordningId).getFraDato();
    }

    /** Closes the ordning as inaktiv at the given date. */
    public void avsluttOrdning(long ordningId, LocalDate til) {
        em.find(Ordning.class, ordningId).avslutt(til, OrdningStatus.INAKTIV);
    }

    /** Sets (or with null clears) a catalogue type's gyldig til; the shared cache is cleared so the next read sees it. */
    public void settGyldigTil(String typekode, LocalDate gyldigTil) {
        em.createNativeQuery("update tiltakstype set gyldig_til = cast(? as date) where kode = ?")
                .setParameter(1, gyldigTil == null ? null : gyldigTil.toString()).setParameter(2, typekode).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Tiltakstype.class);
    }

    /** The tiltak's innsynslogg lines as "HANDLING bruker: detaljer", oldest first. */
    public List<String> innsynsloggForTiltak(long tiltakId) {
        return em.createQuery("select l from Innsynslogg l where l.tiltakId = :t order by l.id", Innsynslogg.class)
                .setParameter("t", tiltakId).getResultList().stream()
                .map(l -> l.getHandling() + " " + l.getBruker() + ": " + l.getDetaljer())
                .toList();
    }

    /** Tiltak on the ordning without the service's checks, for volume tests: one a week from fra, 1–40 hours. */
    public void mangeTiltak(long ordningId, String typekode, LocalDate fra, int antall) {
        Ordning ordning = em.find(Ordning.class, ordningId);
        Tiltakstype type = em.find(Tiltakstype.class, typekode);
        for (int i = 0; i < antall; i++) {
            LocalDate start = fra.plusWeeks(i);
            em.persist(new Tiltak(ordning, type, start, start.plusDays(3 + i % 40), BigDecimal.valueOf(1 + i % 40),
                    i % 7 == 0, "testdata", klokke.instant()));
        }
    }

    // ---------------------------------------------------------------- Client tests (TestdataServlet)

    /** A tiltak as a client test orders it; hours like "12" or "7.5". */
    public record Tiltaksbestilling(String type, LocalDate fra, LocalDate til, String timerPerUke, boolean slettet) {
    }

    /**
     * A mottak resident as a client test orders it; {@code bosatt}, {@code bydel} and {@code status}
     * may be null. The tiltak and the status go on the first {@code ordning} of that type.
     */
    public record Bestilling(String kommune, String fornavn, String etternavn, LocalDate fodt, String land,
                             LocalDate tillatelse, LocalDate bosatt, String bydel, boolean kompetanse,
                             OrdningType ordning, OrdningStatus status, List<Tiltaksbestilling> tiltak) {
    }

    /** What {@link #lag} made: the person and the ordning ordered. */
    public record Laget(long person, String duf, long ordning) {
    }

    /**
     * The person in the order the register gets the facts: the permit in a mottak (the beregning
     * gives Kvalifisering i mottak, and Kompetansekartlegging with its frist for those 18–55), the
     * Kompetanse (nothing reruns the beregning on it, so the kartlegging stays open), the bosetting
     * (its beregning closes Kvalifisering i mottak and gives the kategorier of a settled person),
     * then the tiltak, each bringing the report's figures along. {@code status} is set last, for
     * lists with a grey row.
     */
    public Laget lag(Bestilling b) {
        Person person = mottaksbeboer(b.kommune(), b.fornavn(), b.etternavn(), b.fodt(), b.land(), b.tillatelse());
        if (b.kompetanse()) {
            kompetanse(person.getId(), KompetanseStatus.NOTAT_PABEGYNT);
        }
        if (b.bosatt() != null) {
            person.bosett(b.bosatt(), person.getOppfolgingskommune(), b.bydel() == null ? null : finn(Bydel.class, b.bydel()));
            beregn(person);
        }
        long ordning = ordningId(person.getId(), b.ordning());
        for (Tiltaksbestilling t : b.tiltak()) {
            long tiltak = tiltak(ordning, t.type(), t.fra(), t.til(), t.timerPerUke());
            if (t.slettet()) {
                slettTiltak(tiltak);
            }
        }
        if (b.status() != null) {
            ordningStatus(ordning, b.status(), em.find(Ordning.class, ordning).getFrist());
        }
        return new Laget(person.getId(), person.getDufNummer(), ordning);
    }

    /** All tiltak rows of the ordning, deleted ones too. */
    public long antallTiltak(long ordningId) {
        return em.createQuery("select count(t) from Tiltak t where t.ordning.id = :o", Long.class)
                .setParameter("o", ordningId).getSingleResult();
    }

    /** The real beregning, as of the application's today. */
    private void beregn(Person person) {
        kategoriOppdaterer.oppdater(person, LocalDate.now(klokke));
    }

    /** A row that must exist; an unknown key is the caller's error (TestdataServlet answers 400). */
    private <T> T finn(Class<T> type, Object nokkel) {
        T funnet = em.find(type, nokkel);
        if (funnet == null) {
            throw new IllegalArgumentException("Ukjent " + type.getSimpleName() + ": " + nokkel);
        }
        return funnet;
    }
}
