package no.nir.ordning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
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

    public void oppdater(Person person, LocalDate idag) {
        List<Kategori> lagret = em.createQuery(
                        "select k from Kategori k where k.person = :person order by k.fraDato, k.id", Kategori.class)
                .setParameter("person", person)
                .getResultList();
        PersonFakta fakta = new PersonFakta(person.getFodselsdato(), person.getTillatelsesdato(),
                person.getBosettingsdato(), person.getMottak() != null, kompetanseStatus(person));
        List<BeregnetKategori> tidligere = lagret.stream().map(KategoriOppdaterer::somBeregnet).toList();

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
                        .orElseGet(() -> kategori.leggTilOrdning(b.type(), b.frist(),
                                person.getOppfolgingskommune(), person.getBydel()));
                ordning.oppdater(b.til(), b.status(), b.frist());
                if (ordning.getTilDato() == null) {
                    // An open ordning follows the person: the lists and the scope rule read it there.
                    ordning.endreOppfolging(person.getOppfolgingskommune(), person.getBydel());
                }
            }
        }
        ordningerEndret.fire(new OrdningerEndret(person.getId()));
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
