package no.nir.innsynslogg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import no.nir.person.Person;
import no.nir.tilgang.TilgangKilde;

/**
 * Writes the innsynslogg inside the calling service's transaction, so a logged change and its log
 * line commit or roll back together. The kommune is the person's oppfølgingskommune at the time.
 */
@ApplicationScoped
public class Innsynslogger {

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    TilgangKilde tilgangKilde;

    @Inject
    Clock klokke;

    public void personLest(Person person) {
        skriv(Handling.LES_PERSON, person, null, null);
    }

    /**
     * A tiltak of the person registered, changed or deleted; detaljer holds before/after as text. The
     * tiltak row must be in the database already (the line refers to it).
     */
    public void tiltakEndret(Handling handling, Person person, long tiltakId, String detaljer) {
        skriv(handling, person, tiltakId, detaljer);
    }

    private void skriv(Handling handling, Person person, Long tiltakId, String detaljer) {
        em.persist(new Innsynslogg(klokke.instant(), tilgangKilde.gjeldende().brukernavn(), handling, person, tiltakId,
                person.getOppfolgingskommune().getNummer(), person.getBydel() == null ? null : person.getBydel().getNummer(),
                detaljer));
    }
}
