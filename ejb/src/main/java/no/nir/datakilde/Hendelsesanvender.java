package no.nir.datakilde;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import no.nir.kommune.Bydel;
import no.nir.kommune.Kommune;
import no.nir.kommune.Mottak;
import no.nir.ordning.KategoriOppdaterer;
import no.nir.person.Fodselsnummer;
import no.nir.person.Person;

/**
 * Applies one event inside the caller's transaction (the message's own, or a batch chunk's):
 * the person's facts change, the beregning runs ({@link KategoriOppdaterer}, as BeregningService
 * runs it), and the event is recorded in the person's history ({@link Faktaendring}). The database
 * triggers and the report's observer bring the lists, counts and report sums along before commit.
 *
 * <p>Once: an event id already recorded changes nothing. Newest wins: an event older than the
 * newest applied event of its group of facts is recorded, not applied. Everything that can refuse
 * an event is checked before the first write, so a refusal leaves the transaction untouched.
 * The person's row is locked first, so two events for one person are applied one after the other.
 */
@ApplicationScoped
public class Hendelsesanvender {

    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    KategoriOppdaterer kategoriOppdaterer;

    @Inject
    Clock klokke;

    public Utfall anvend(Hendelse h) throws AvvistHendelseException {
        if (erRegistrert(h.hendelseId())) {
            return Utfall.DUPLIKAT;
        }
        Optional<Person> funnet = person(h.dufNummer());
        Person person;
        if (funnet.isEmpty()) {
            if (!(h.fakta() instanceof Hendelse.NyPerson ny)) {
                throw new AvvistHendelseException("Ukjent DUF-nummer for " + h.type()
                        + " (bare NY_PERSON kan registrere en ny person)");
            }
            person = registrer(h.dufNummer(), ny);
        } else if (erEldre(h, funnet.get())) {
            em.persist(new Faktaendring(h, funnet.get(), false, beskriv(h.fakta(), null), klokke.instant()));
            return Utfall.ELDRE;
        } else {
            person = funnet.get();
            endre(person, h.fakta());
        }
        kategoriOppdaterer.oppdater(person, LocalDate.now(klokke));
        em.persist(new Faktaendring(h, person, true, beskriv(h.fakta(), person), klokke.instant()));
        return Utfall.ANVENDT;
    }

    private boolean erRegistrert(String hendelseId) {
        return !em.createQuery("select f.id from Faktaendring f where f.hendelseId = :id", Long.class)
                .setParameter("id", hendelseId).setMaxResults(1).getResultList().isEmpty();
    }

    private Optional<Person> person(String duf) {
        return em.createQuery("select p from Person p where p.dufNummer = :duf", Person.class)
                .setParameter("duf", duf)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    private boolean erEldre(Hendelse h, Person person) {
        Instant nyeste = em.createQuery("select max(f.tidspunkt) from Faktaendring f where f.person = :person"
                        + " and f.anvendt = true and f.type in :typer", Instant.class)
                .setParameter("person", person)
                .setParameter("typer", h.type().sammeFakta())
                .getSingleResult();
        return nyeste != null && h.tidspunkt().isBefore(nyeste);
    }

    /** A new person in a mottak: since when is not said (FLYTTET_INN_I_MOTTAK says it). */
    private Person registrer(String duf, Hendelse.NyPerson ny) throws AvvistHendelseException {
        Mottak mottak = ny.mottakId() == null ? null : mottak(ny.mottakId());
        Kommune kommune = mottak != null ? mottak.getVertskommune() : kommune(ny.kommunenummer());
        Person person = new Person(duf, ny.fornavn(), ny.etternavn(), ny.fodselsdato(), ny.kjonn(),
                ny.statsborgerskap(), kommune);
        if (mottak != null) {
            person.flyttTilMottak(mottak);
        }
        em.persist(person);
        return person;
    }

    /** Changes a registered person's facts as the event says. */
    private void endre(Person person, Hendelse.Fakta fakta) throws AvvistHendelseException {
        if (fakta instanceof Hendelse.NyPerson ny) {
            person.endreNavn(ny.fornavn(), ny.etternavn());
            person.endrePersonalia(ny.fodselsdato(), ny.kjonn(), ny.statsborgerskap());
        } else if (fakta instanceof Hendelse.TillatelseInnvilget t) {
            person.innvilgTillatelse(t.dato());
        } else if (fakta instanceof Hendelse.FlyttetInnIMottak inn) {
            person.flyttTilMottak(mottak(inn.mottakId()), inn.dato());
        } else if (fakta instanceof Hendelse.FlyttetUtAvMottak ut) {
            person.flyttUtAvMottak(ut.dato());
        } else if (fakta instanceof Hendelse.Bosatt b) {
            bosett(person, b);
        } else if (fakta instanceof Hendelse.FodselsnummerTildelt f) {
            tildel(person, f.fodselsnummer());
        } else if (fakta instanceof Hendelse.NavnEndret navn) {
            person.endreNavn(navn.fornavn(), navn.etternavn());
        }
    }

    /** A settled person who is settled again has moved: the first bosettingsdato stays. */
    private void bosett(Person person, Hendelse.Bosatt b) throws AvvistHendelseException {
        Kommune kommune = kommune(b.kommunenummer());
        Bydel bydel = null;
        if (b.bydelsnummer() != null) {
            bydel = em.find(Bydel.class, b.bydelsnummer());
            if (bydel == null || !bydel.getKommune().equals(kommune)) {
                throw new AvvistHendelseException("Ukjent bydel " + b.bydelsnummer() + " i kommune " + b.kommunenummer());
            }
        }
        if (person.erBosatt()) {
            person.flyttTilKommune(kommune, bydel);
        } else {
            person.bosett(b.dato(), kommune, bydel);
        }
    }

    private void tildel(Person person, String fodselsnummer) throws AvvistHendelseException {
        boolean hosAndre = !em.createQuery("select p.id from Person p where p.fodselsnummer = :fnr and p <> :person",
                        Long.class)
                .setParameter("fnr", fodselsnummer).setParameter("person", person)
                .setMaxResults(1).getResultList().isEmpty();
        if (hosAndre) {
            throw new AvvistHendelseException("Fødselsnummeret er allerede registrert på en annen person");
        }
        person.setFodselsnummer(fodselsnummer);
    }

    private Mottak mottak(long id) throws AvvistHendelseException {
        Mottak mottak = em.find(Mottak.class, id);
        if (mottak == null) {
            throw new AvvistHendelseException("Ukjent mottak " + id);
        }
        return mottak;
    }

    private Kommune kommune(String nummer) throws AvvistHendelseException {
        Kommune kommune = em.find(Kommune.class, nummer);
        if (kommune == null) {
            throw new AvvistHendelseException("Ukjent kommune " + nummer);
        }
        return kommune;
    }

    /**
     * What the event said, in words for the person's history. With the person it was applied to, places
     * are named as the register has them; without (not applied), by the event's own numbers.
     */
    private static String beskriv(Hendelse.Fakta f, Person anvendtPaa) {
        if (f instanceof Hendelse.NyPerson ny) {
            return "Personalia: " + ny.fornavn() + " " + ny.etternavn() + ", født " + DATO.format(ny.fodselsdato())
                    + ", " + ny.kjonn().visningsnavn().toLowerCase() + ", " + ny.statsborgerskap();
        }
        if (f instanceof Hendelse.TillatelseInnvilget t) {
            return "Tillatelse innvilget " + DATO.format(t.dato());
        }
        if (f instanceof Hendelse.FlyttetInnIMottak inn) {
            Mottak mottak = anvendtPaa == null ? null : anvendtPaa.getMottak();
            return "Flyttet inn i " + (mottak == null ? "mottak " + inn.mottakId()
                    : mottak.getNavn() + " (" + mottak.getVertskommune().getNavn() + ")") + " " + DATO.format(inn.dato());
        }
        if (f instanceof Hendelse.FlyttetUtAvMottak ut) {
            return "Flyttet ut av mottak " + DATO.format(ut.dato());
        }
        if (f instanceof Hendelse.Bosatt b) {
            if (anvendtPaa == null) {
                return "Bosatt i kommune " + b.kommunenummer() + " fra " + DATO.format(b.dato());
            }
            Bydel bydel = anvendtPaa.getBydel();
            String tekst = "Bosatt i " + anvendtPaa.getOppfolgingskommune().getNavn()
                    + (bydel == null ? "" : ", bydel " + bydel.getNavn()) + " fra " + DATO.format(b.dato());
            return b.dato().equals(anvendtPaa.getBosettingsdato()) ? tekst
                    : tekst + " (bosatt første gang " + DATO.format(anvendtPaa.getBosettingsdato()) + ")";
        }
        if (f instanceof Hendelse.FodselsnummerTildelt fnr) {
            return "Fødselsnummer eller D-nummer tildelt: " + new Fodselsnummer(fnr.fodselsnummer()).visning();
        }
        Hendelse.NavnEndret navn = (Hendelse.NavnEndret) f;
        return "Navn endret til " + navn.fornavn() + " " + navn.etternavn();
    }
}
