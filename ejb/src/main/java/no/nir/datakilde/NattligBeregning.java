package no.nir.datakilde;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.nir.tilgang.Evne;
import no.nir.tilgang.Krever;
import no.nir.tilgang.Rolle;

/**
 * Each night, reruns the beregning for the persons whose stored kategorier and ordninger change with
 * the date alone: an ordning closed on a day that lay ahead when it was stored (a bosetting, a move
 * out of mottak) is AKTIV until that day and INAKTIV from it ({@link Omberegning#utvalg}). Nothing
 * else the beregning stores turns with the date: a kategori that starts ahead (a resident's 18th
 * birthday, a bosetting's day) is stored with that fra date at once, and a frist that passes is
 * compared with today by the pages when they show it.
 *
 * <p>The timer is persistent, kept in the database (docker/cli/batch-timere.cli), so a cluster has
 * one timer and one node runs each night; the day's row in beregningskjoring makes sure of it even
 * with another timer store. Persons are taken {@value #PER_TRANSAKSJON} to a transaction, so a long
 * run holds no locks for long; a group that fails is tried person by person.
 */
@Singleton
@PermitAll
public class NattligBeregning {

    static final int PER_TRANSAKSJON = 200;
    private static final Logger LOGG = Logger.getLogger(NattligBeregning.class.getName());

    @Inject
    Omberegning omberegning;

    @Inject
    Clock klokke;

    @Schedule(hour = "2", minute = "30", persistent = true, info = "Nattlig beregning")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hverNatt() {
        kjor(LocalDate.now(klokke));
    }

    /**
     * The run for the day, unless that day has run already; returns it when this call ran it. The
     * timer calls it; an operator may too (for a day the timer missed).
     */
    @Krever(Evne.DRIFTE_DATAKILDER)
    @RolesAllowed(Rolle.NIR_DRIFT)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Beregningskjoring> kjor(LocalDate idag) {
        String node = System.getProperty("jboss.node.name", "ukjent");
        if (!omberegning.krev(idag, node)) {
            LOGG.info("Nattlig beregning for " + idag + " er allerede kjørt eller startet");
            return Optional.empty();
        }
        long start = System.nanoTime();
        LocalDate forrige = omberegning.forrige(idag).orElse(idag.minusDays(1));
        List<Long> personer = omberegning.utvalg(idag, forrige);
        int endret = 0;
        int feilet = 0;
        for (int i = 0; i < personer.size(); i += PER_TRANSAKSJON) {
            List<Long> gruppe = personer.subList(i, Math.min(personer.size(), i + PER_TRANSAKSJON));
            try {
                endret += omberegning.beregn(gruppe, idag);
            } catch (RuntimeException e) {
                for (long person : gruppe) {
                    try {
                        endret += omberegning.beregn(List.of(person), idag);
                    } catch (RuntimeException enkelt) {
                        feilet++;
                        LOGG.log(Level.WARNING, "Nattlig beregning feilet for person " + person, enkelt);
                    }
                }
            }
        }
        omberegning.ferdig(idag, personer.size(), endret);
        LOGG.info(String.format("Nattlig beregning for %s (endringer siden %s): %d personer beregnet på nytt,"
                        + " %d endret, %d feilet, %d ms", idag, forrige, personer.size(), endret, feilet,
                (System.nanoTime() - start) / 1_000_000));
        return omberegning.siste(1).stream().findFirst();
    }
}
