package no.nir.ordning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.nir.kompetanse.KompetanseStatus;
import no.nir.person.Person;

/**
 * Keeps a person's stored kategorier and ordninger equal to what {@link Beregning} derives from
 * the person's facts. Idempotent: running it twice changes nothing the second time. Never deletes:
 * a kategori that no longer applies is closed, so registered tiltak keep their ordning.
 * A plain CDI bean, used inside the calling service's transaction and authorisation.
 */
@ApplicationScoped
public class KategoriOppdaterer {

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    Event<OrdningerEndret> ordningerEndret;

    /**
     * Stores what the beregning gives today. {@link OrdningerEndret} is fired only when a kategori
     * or ordning changed, so a rerun that finds nothing new costs no more than the reading.
     *
     * @return whether anything stored changed
     */
    public boolean oppdater(Person person, LocalDate idag) {
        List<Kategori> lagret = em.createQuery(
                        "select k from Kategori k left join fetch k.ordninger where k.person = :person"
                                + " order by k.fraDato, k.id", Kategori.class)
                .setParameter("person", person)
                .getResultList()
                .stream().distinct().toList();
        PersonFakta fakta = new PersonFakta(person.getFodselsdato(), person.getTillatelsesdato(),
                person.getBosettingsdato(), person.getMottak() != null, kompetanseStatus(person),
                person.getInnflyttetMottak(), person.getUtflyttetMottak());
        List<BeregnetKategori> tidligere = lagret.stream().map(KategoriOppdaterer::somBeregnet).toList();

        boolean endret = false;
        for (BeregnetKategori beregnet : Beregning.beregn(fakta, tidligere, idag)) {
            Optional<Kategori> funnet = finn(lagret, beregnet);
            Kategori kategori = funnet.orElseGet(() -> {
                Kategori ny = new Kategori(person, beregnet.type(), beregnet.fra());
                em.persist(ny);
                return ny;
            });
            endret |= funnet.isEmpty() || !Objects.equals(kategori.getTilDato(), beregnet.til());
            kategori.oppdaterTil(beregnet.til());
            for (BeregnetOrdning b : beregnet.ordninger()) {
                Optional<Ordning> eksisterende = kategori.getOrdninger().stream()
                        .filter(o -> o.getType() == b.type())
                        .findFirst();
                Ordning ordning = eksisterende.orElseGet(() -> kategori.leggTilOrdning(b.type(), b.frist(),
                        person.getOppfolgingskommune(), person.getBydel()));
                endret |= eksisterende.isEmpty() || !Objects.equals(ordning.getTilDato(), b.til())
                        || ordning.getStatus() != b.status() || !Objects.equals(ordning.getFrist(), b.frist());
                ordning.oppdater(b.til(), b.status(), b.frist());
                if (ordning.getTilDato() == null && !folgerPersonen(ordning, person)) {
                    // An open ordning follows the person: the lists and the scope rule read it there.
                    ordning.endreOppfolging(person.getOppfolgingskommune(), person.getBydel());
                    endret = true;
                }
            }
        }
        if (endret) {
            ordningerEndret.fire(new OrdningerEndret(person.getId()));
        }
        return endret;
    }

    private static boolean folgerPersonen(Ordning ordning, Person person) {
        return ordning.getOppfolgingskommune().equals(person.getOppfolgingskommune())
                && Objects.equals(ordning.getBydel(), person.getBydel());
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
