package no.nir.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import no.nir.grunndata.GrunndataService;
import no.nir.ordning.BeregningService;
import no.nir.ordning.OrdningDetaljer;
import no.nir.ordning.OrdningService;
import no.nir.ordning.OrdningStatus;
import no.nir.ordning.OrdningType;
import no.nir.test.Deployments;
import no.nir.test.Som;
import no.nir.test.Testdata;
import no.nir.tilgang.IngenTilgangException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform's thin slice: a person round-trips, roles and scope are enforced in the EJB layer. */
@ExtendWith(ArquillianExtension.class)
class PersonServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(PersonServiceIT.class);
    }

    @EJB
    PersonService personService;

    @EJB
    GrunndataService grunndataService;

    @EJB
    BeregningService beregningService;

    @EJB
    OrdningService ordningService;

    @EJB
    Testdata testdata;

    @Test
    void personRundtur() throws Exception {
        long id = testdata.mottaksbeboer("4204", "Amira", "Haddad", LocalDate.of(1990, 3, 14), LocalDate.of(2024, 2, 1));
        PersonHode hode = Som.bruker("les", () -> personService.personHode(id));
        assertEquals("Amira Haddad", hode.fulltNavn());
        assertEquals(LocalDate.of(1990, 3, 14), hode.fodselsdato());
        assertEquals(testdata.dufNummer(id), hode.dufNummer().verdi());
    }

    /** The stored ordning drifts from the person's facts; only a nir-skriv rerun puts it back. */
    @Test
    void lesetilgangAvvisesSkrivemetode() throws Exception {
        long id = testdata.mottaksbeboer("4204", "Omar", "Nasser", LocalDate.of(1985, 1, 2), LocalDate.of(2023, 5, 5));
        long kvalifisering = testdata.ordningId(id, OrdningType.KVALIFISERING_MOTTAKSBEBOERE);
        testdata.avsluttOrdning(kvalifisering, LocalDate.of(2023, 6, 1));

        assertThrows(EJBAccessException.class, () -> Som.bruker("les", () -> beregningService.beregnPaaNytt(id)));
        assertEquals(OrdningStatus.INAKTIV, Som.bruker("les", () -> ordningService.ordning(id, kvalifisering)).status(),
                "the refused call changed nothing");

        Som.bruker("skriv", () -> beregningService.beregnPaaNytt(id));
        OrdningDetaljer etter = Som.bruker("les", () -> ordningService.ordning(id, kvalifisering));
        assertEquals(OrdningStatus.AKTIV, etter.status(), "still in the mottak: the ordning is open again");
        assertNull(etter.til());
    }

    @Test
    void brukerIKommuneAKanIkkeLesePersonIKommuneB() throws Exception {
        long iBergen = testdata.mottaksbeboer("4601", "Lina", "Berhe", LocalDate.of(1995, 7, 7), LocalDate.of(2024, 6, 1));
        assertThrows(IngenTilgangException.class, () -> Som.bruker("les", () -> personService.personHode(iBergen)));
        assertThrows(IngenTilgangException.class, () -> Som.bruker("les", () -> grunndataService.grunndata(iBergen)));
        assertEquals("Lina Berhe", Som.bruker("bergen", () -> personService.personHode(iBergen)).fulltNavn());
    }

    @Test
    void skrivetilgangUtenforKommuneAvvises() throws Exception {
        long iBergen = testdata.mottaksbeboer("4601", "Sara", "Tesfay", LocalDate.of(1992, 2, 2), LocalDate.of(2024, 1, 1));
        assertThrows(IngenTilgangException.class, () -> Som.bruker("skriv", () -> beregningService.beregnPaaNytt(iBergen)));
    }
}
