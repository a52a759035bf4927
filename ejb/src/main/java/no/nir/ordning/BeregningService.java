package no.nir.ordning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.nir.kompetanse.KompetanseStatus;
import no.nir.person.Person;
import no.nir.tilgang.IngenTilgangException;
import no.nir.tilgang.Rolle;
import no.nir.tilgang.TilgangKilde;

/**
 * Keeps a person's stored kategorier and ordninger equal to what {@link Beregning} derives from
 * the person's facts. Idempotent: running it twice changes nothing the second time. Never deletes:
 * a kategori that no longer applies is closed, so registered tiltak keep their ordning.
 */
@Stateless
public class BeregningService {

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    TilgangKilde tilgangKilde;

    /** Reruns the beregning for a person in the caller's scope, e.g. after the facts changed. */
    @RolesAllowed(Rolle.NIR_SKRIV)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void beregnPaaNytt(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null || !tilgangKilde.gjeldende().kanSe(person.getOppfolgingskommune().getNummer(),
                person.getBydel() == null ? null : person.getBydel().getNummer())) {
            throw new IngenTilgangException();
        }
        beregn(person, LocalDate.now());
    }

    /** For services of this module that change a person's facts, inside their transaction. */
    public void beregn(Person person, LocalDate idag) {
        List<Kategori> lagret = em.createQuery(
                        "select k from Kategori k where k.person = :person order by k.fraDato, k.id", Kategori.class)
                .setParameter("person", person)
                .getResultList();
        PersonFakta fakta = new PersonFakta(person.getFodselsdato(), person.getTillatelsesdato(),
                person.getBosettingsdato(), person.getMottak() != null, kompetanseStatus(person));
        List<BeregnetKategori> tidligere = lagret.stream().map(BeregningService::somBeregnet).toList();

        for (BeregnetKategori beregnet : Beregning.beregn(fakta, tidligere, idag)) {
            Kategori kategori = finn(lagret, beregnet).orElseGet(() -> {
                Kategori ny = new Kategori(person, beregnet.type(), beregnet.fra());
                em.persist(ny);
                return ny;
            });
            kategori.oppdaterTil(beregnet.til());
            for (BeregnetOrdning b : beregnet.ordninger()) {
                Ordning ordning = kategori.getOrdninger().stream()
                        .filter(o -> o.getType() == b.type())
                        .findFirst()
                        .orElseGet(() -> kategori.leggTilOrdning(b.type(), b.fra(), b.frist(),
                                person.getOppfolgingskommune(), person.getBydel()));
                ordning.oppdater(b.til(), b.status(), b.frist());
            }
        }
    }

    private KompetanseStatus kompetanseStatus(Person person) {
        return em.createQuery("select k.status from Kompetanse k where k.person = :person", KompetanseStatus.class)
                .setParameter("person", person)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static Optional<Kategori> finn(List<Kategori> lagret, BeregnetKategori beregnet) {
        return lagret.stream()
                .filter(k -> k.getType() == beregnet.type() && k.getFraDato().equals(beregnet.fra()))
                .findFirst();
    }

    private static BeregnetKategori somBeregnet(Kategori k) {
        List<BeregnetOrdning> ordninger = k.getOrdninger().stream()
                .map(o -> new BeregnetOrdning(o.getType(), o.getFraDato(), o.getTilDato(), o.getStatus(), o.getFrist()))
                .toList();
        return new BeregnetKategori(k.getType(), k.getFraDato(), k.getTilDato(), ordninger);
    }
}
