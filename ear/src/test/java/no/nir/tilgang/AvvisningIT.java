package no.nir.tilgang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.nir.grunndata.GrunndataService;
import no.nir.innsynslogg.InnsynsloggService;
import no.nir.kompetanse.KompetanseService;
import no.nir.kompetanse.KompetanseStatus;
import no.nir.ordning.BeregningService;
import no.nir.ordning.OrdningService;
import no.nir.ordning.OrdningType;
import no.nir.person.Lovverk;
import no.nir.person.PersonService;
import no.nir.personliste.ArbeidsflateService;
import no.nir.personliste.Arbeidsflatetall;
import no.nir.personliste.AvansertSok;
import no.nir.personliste.Fristtall;
import no.nir.personliste.PersonlisteKriterier;
import no.nir.personliste.PersonlisteService;
import no.nir.personliste.PersonlisteSortering;
import no.nir.personliste.PersonsokService;
import no.nir.test.Deployments;
import no.nir.test.Som;
import no.nir.test.Testdata;
import no.nir.tiltak.TiltakService;
import no.nir.tiltak.TiltakSkjema;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every service method that reads or writes personal data, tried as a caller with the wrong role,
 * from another kommune, from another bydel of the person's kommune, and from the kommune a person
 * moved away from after a tiltak was registered there. Each refusal is paired with a caller who
 * must see the same person through the same method, so a refusal cannot pass because the data is
 * missing. Single reads and writes are refused with IngenTilgangException; lists and counts simply
 * leave the person out. Prints the method × refusal table it checked.
 */
@ExtendWith(ArquillianExtension.class)
class AvvisningIT {

    private static final String ANONYM = null;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(AvvisningIT.class);
    }

    @EJB PersonService personService;
    @EJB GrunndataService grunndataService;
    @EJB OrdningService ordningService;
    @EJB BeregningService beregningService;
    @EJB KompetanseService kompetanseService;
    @EJB TiltakService tiltakService;
    @EJB PersonsokService personsokService;
    @EJB PersonlisteService personlisteService;
    @EJB ArbeidsflateService arbeidsflateService;
    @EJB InnsynsloggService innsynsloggService;
    @EJB Testdata testdata;

    @Inject
    Clock klokke;

    /** A person tried against, with an ordning that takes tiltak, one tiltak, a Kompetanse and an innsynslogg line. */
    record Maal(long person, long ordning, long tiltak, String duf, LocalDate fra) {
    }

    /** A call on a Maal: a result that shows the person, or false where a list or count leaves it out. */
    @FunctionalInterface
    interface Kall {
        boolean viser(Maal m) throws Exception;
    }

    /** Which callers a method's check is tried with; the roles differ per method. */
    record Brukere(String egen, String feilRolle, String annenKommune, String annenBydel, String oslo, String bergen) {
    }

    private static final Brukere LES = new Brukere("les", "bosetting", "bergen", "gamleoslo", "oslo", "bergen");
    private static final Brukere SKRIV = new Brukere("skriv", "les", "bergen", "bydelskriv", "oslo", "bergen");
    private static final Brukere ADMIN = new Brukere("kommuneadmin", "les", "bydeladmin", "bydeladmin", "imdi", "imdi");

    private enum Utfall { SER, AVVIST_ROLLE, AVVIST_OMFANG }

    @Test
    void hverMetodeAvviserFeilRolleAnnenKommuneAnnenBydelOgFlyttetPerson() throws Exception {
        LocalDate idag = LocalDate.now(klokke);
        // Kvalifisering i mottak in Kristiansand, with a tiltak.
        Supplier<Maal> kristiansand = () -> mottaksbeboer(idag.minusMonths(2));
        // Bosatt in Oslo, bydel Grünerløkka: Introduksjonsprogram, frist in ten days (counted on the arbeidsflate).
        Supplier<Maal> grunerlokka = () -> bosattIGrunerlokka(idag);
        // A Kristiansand mottak resident with a tiltak, then settled in Bergen: the ordning closed, keeping 4204.
        Supplier<Maal> flyttet = () -> flyttetTilBergen(idag);
        Maal krs = kristiansand.get();
        Maal gru = grunerlokka.get();
        Maal fly = flyttet.get();
        Map<Maal, Supplier<Maal>> tvilling = Map.of(krs, kristiansand, gru, grunerlokka, fly, flyttet);

        PersonlisteKriterier alle = PersonlisteKriterier.kategori(Lovverk.INTEGRERINGSLOVEN, null);
        Map<String, Object[]> metoder = new LinkedHashMap<>();
        metoder.put("PersonService.personHode", rad(new Brukere("les", ANONYM, "bergen", "gamleoslo", "oslo", "bergen"),
                m -> personService.personHode(m.person()) != null));
        metoder.put("GrunndataService.grunndata", rad(LES, m -> grunndataService.grunndata(m.person()) != null));
        metoder.put("OrdningService.kategorier", rad(LES, m -> !ordningService.kategorier(m.person()).isEmpty()));
        metoder.put("OrdningService.ordningerForMeny", rad(LES, m -> !ordningService.ordningerForMeny(m.person()).isEmpty()));
        metoder.put("OrdningService.ordning", rad(LES, m -> ordningService.ordning(m.person(), m.ordning()) != null));
        metoder.put("KompetanseService.kompetanse", rad(new Brukere("les", "kommuneadmin", "bergen", "gamleoslo", "oslo", "bergen"),
                m -> kompetanseService.kompetanse(m.person()).registrert()));
        metoder.put("TiltakService.maaneder", rad(new Brukere("les", "kommuneadmin", "bergen", "gamleoslo", "oslo", "bergen"),
                m -> !tiltakService.maaneder(m.ordning(), false).isEmpty()));
        metoder.put("TiltakService.tiltak", rad(new Brukere("les", "kommuneadmin", "bergen", "gamleoslo", "oslo", "bergen"),
                m -> tiltakService.tiltak(m.tiltak()) != null));
        metoder.put("PersonsokService.sok", rad(LES,
                m -> personsokService.sok(m.duf()).treff().stream().anyMatch(t -> t.personId() == m.person())));
        metoder.put("PersonsokService.avansert", rad(LES, m -> personsokService.avansert(new AvansertSok(m.duf(),
                null, null, null, null, null, null, null, null)).treff().stream().anyMatch(t -> t.personId() == m.person())));
        metoder.put("PersonlisteService.antall", rad(LES, m -> personlisteService.antall(alle.medPerson(m.duf(), null)) > 0));
        metoder.put("PersonlisteService.side", rad(LES, m -> personlisteService.side(alle.medPerson(m.duf(), null),
                PersonlisteSortering.DUF, false, 0, 50).stream().anyMatch(r -> r.personId() == m.person())));
        metoder.put("PersonlisteService.eksportside", rad(LES, m -> personlisteService.eksportside(
                alle.medPerson(m.duf(), null), 0, 50).stream().anyMatch(r -> r.personId() == m.person())));
        // A count without filters: a twin of the person made inside the call must change it.
        metoder.put("ArbeidsflateService.tall", rad(LES, m -> {
            long foer = sum(arbeidsflateService.tall());
            tvilling.get(m).get();
            return sum(arbeidsflateService.tall()) > foer;
        }));
        metoder.put("InnsynsloggService.side", rad(ADMIN,
                m -> innsynsloggService.side(0, 500).stream().anyMatch(l -> l.personId() == m.person())));
        metoder.put("InnsynsloggService.antall", rad(ADMIN, m -> {
            long foer = innsynsloggService.antall();
            testdata.loggLest(m.person());
            return innsynsloggService.antall() > foer;
        }));
        metoder.put("BeregningService.beregnPaaNytt", rad(SKRIV, m -> {
            beregningService.beregnPaaNytt(m.person());
            return true;
        }));
        metoder.put("TiltakService.registrer", rad(SKRIV, m -> tiltakService.registrer(m.ordning(), skjema(m, "5")) > 0));
        metoder.put("TiltakService.endre", rad(SKRIV, m -> {
            tiltakService.endre(m.tiltak(), testdata.tiltakVersjon(m.tiltak()), skjema(m, "6"));
            return true;
        }));
        // Last: the callers who may, delete the tiltak.
        metoder.put("TiltakService.slett", rad(SKRIV, m -> {
            tiltakService.slett(m.tiltak(), testdata.tiltakVersjon(m.tiltak()));
            return true;
        }));

        List<String> tabell = new ArrayList<>();
        tabell.add("| Method | Wrong role | Other kommune | Other bydel | Moved kommune |");
        tabell.add("|---|---|---|---|---|");
        for (Map.Entry<String, Object[]> e : metoder.entrySet()) {
            Brukere b = (Brukere) e.getValue()[0];
            Kall kall = (Kall) e.getValue()[1];
            String metode = e.getKey();
            // Refusals first, then the callers who must see: a write by them changes the tiltak.
            forvent(metode, "wrong role", Utfall.AVVIST_ROLLE, b.feilRolle(), kall, krs);
            forvent(metode, "other kommune", Utfall.AVVIST_OMFANG, b.annenKommune(), kall, krs);
            forvent(metode, "other bydel", Utfall.AVVIST_OMFANG, b.annenBydel(), kall, gru);
            forvent(metode, "moved", Utfall.AVVIST_OMFANG, b.egen(), kall, fly);
            forvent(metode, "own kommune", Utfall.SER, b.egen(), kall, krs);
            forvent(metode, "own kommune, no bydel", Utfall.SER, b.oslo(), kall, gru);
            forvent(metode, "new kommune", Utfall.SER, b.bergen(), kall, fly);
            tabell.add("| " + metode + " | " + navn(b.feilRolle()) + " → EJBAccessException | " + b.annenKommune() + " → "
                    + refusal(metode) + " | " + b.annenBydel() + " → " + refusal(metode) + " | " + b.egen() + " → "
                    + refusal(metode) + " (" + b.bergen() + " sees) |");
        }
        System.out.println("AVVISNINGSTABELL (" + metoder.size() + " metoder × 4)\n" + String.join("\n", tabell));
    }

    private static Object[] rad(Brukere brukere, Kall kall) {
        return new Object[] {brukere, kall};
    }

    private static String navn(String bruker) {
        return bruker == null ? "anonymous" : bruker;
    }

    private static String refusal(String metode) {
        return metode.contains(".sok") || metode.contains(".avansert") || metode.contains("Personliste")
                || metode.contains("Arbeidsflate") || metode.contains("Innsynslogg") ? "left out" : "IngenTilgangException";
    }

    private static void forvent(String metode, String tilfelle, Utfall forventet, String bruker, Kall kall, Maal m)
            throws Exception {
        assertEquals(forventet, utfall(bruker, kall, m), metode + ", " + tilfelle + ", as " + navn(bruker));
    }

    private static Utfall utfall(String bruker, Kall kall, Maal m) throws Exception {
        try {
            boolean viser = bruker == null ? kall.viser(m) : Som.bruker(bruker, () -> kall.viser(m));
            return viser ? Utfall.SER : Utfall.AVVIST_OMFANG;
        } catch (EJBAccessException e) {
            return Utfall.AVVIST_ROLLE;
        } catch (IngenTilgangException e) {
            return Utfall.AVVIST_OMFANG;
        }
    }

    private static long sum(Arbeidsflatetall tall) {
        return tall.medTiltak() + tall.utenTiltak() + tall.frister().stream().mapToLong(Fristtall::antall).sum();
    }

    private static TiltakSkjema skjema(Maal m, String timer) {
        return new TiltakSkjema("NORSK_SAMF", "NORSKOPPLAERING", false, m.fra(), m.fra().plusDays(6),
                new BigDecimal(timer), null, null);
    }

    // ---------------------------------------------------------------- the three persons

    private Maal mottaksbeboer(LocalDate tillatelse) {
        long person = testdata.mottaksbeboer("4204", "Kari", "Kristiansand", LocalDate.of(1990, 1, 1), tillatelse);
        Maal maal = medTiltak(person, OrdningType.KVALIFISERING_MOTTAKSBEBOERE);
        testdata.loggLest(person);
        return maal;
    }

    private Maal bosattIGrunerlokka(LocalDate idag) {
        long person = testdata.bosatt("0301", "030102", "Grete", "Grunerlokka", LocalDate.of(1990, 1, 1),
                idag.minusMonths(4), idag.minusMonths(3).plusDays(10));
        Maal maal = medTiltak(person, OrdningType.INTRODUKSJONSPROGRAM);
        testdata.loggLest(person);
        return maal;
    }

    private Maal flyttetTilBergen(LocalDate idag) {
        long person = testdata.mottaksbeboer("4204", "Frida", "Flyttet", LocalDate.of(1990, 1, 1), idag.minusMonths(5));
        Maal foer = medTiltak(person, OrdningType.KVALIFISERING_MOTTAKSBEBOERE);
        testdata.bosett(person, "4601", idag.minusMonths(3).plusDays(10));
        // Logged only after the move: a line written while the person lived in 4204 stays 4204's (what was true then).
        testdata.loggLest(person);
        return foer;
    }

    private Maal medTiltak(long person, OrdningType type) {
        long ordning = testdata.ordningId(person, type);
        LocalDate fra = testdata.ordningFra(ordning);
        long tiltak = testdata.tiltak(ordning, "NORSKOPPLAERING", fra, fra.plusDays(6), "5");
        testdata.kompetanse(person, KompetanseStatus.values()[0]);
        return new Maal(person, ordning, tiltak, testdata.dufNummer(person), fra);
    }
}
