package no.nir.tiltak;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nir.innsynslogg.Handling;
import no.nir.innsynslogg.Innsynslogger;
import no.nir.kalender.Norsktid;
import no.nir.katalog.Tiltaksgruppe;
import no.nir.katalog.Tiltakstype;
import no.nir.ordning.LovverkOrdninger;
import no.nir.ordning.Ordning;
import no.nir.ordning.OrdningDetaljer;
import no.nir.person.Person;
import no.nir.person.PersonHode;
import no.nir.person.PersonTilgang;
import no.nir.tilgang.Evne;
import no.nir.tilgang.IngenTilgangException;
import no.nir.tilgang.Krever;
import no.nir.tilgang.Rolle;
import no.nir.tilgang.Tilgang;
import no.nir.tilgang.TilgangKilde;

/**
 * Registers, edits and soft-deletes tiltak on an ordning and lists its months (SPEC §3 item 4).
 * Only nir-skriv changes tiltak; every read and write is limited to the ordning's
 * oppfølgingskommune/bydel, and every change is written to the innsynslogg.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TiltakService {

    static final String ENDRET_AV_ANDRE = "Tiltaket er endret av en annen bruker. Last siden på nytt for å se endringene.";
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    TilgangKilde tilgangKilde;

    @Inject
    PersonTilgang personTilgang;

    @Inject
    Innsynslogger innsynslogger;

    @Inject
    Validator validator;

    @Inject
    RapportgrunnlagOppdaterer rapportgrunnlag;

    @Inject
    Clock klokke;

    @Krever(Evne.ENDRE_TILTAK)
    @RolesAllowed(Rolle.NIR_SKRIV)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long registrer(long ordningId, TiltakSkjema skjema) {
        return registrer(ordningId, skjema, null);
    }

    /**
     * Registers once per dialog: {@code lagringsnokkel} is the dialog's own key, and a save repeated
     * with it (the browser resends a save whose answer was lost when a cluster node died) returns the
     * tiltak the first attempt stored.
     */
    @Krever(Evne.ENDRE_TILTAK)
    @RolesAllowed(Rolle.NIR_SKRIV)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long registrer(long ordningId, TiltakSkjema skjema, String lagringsnokkel) {
        Ordning ordning = ordningITilgang(ordningId);
        if (lagringsnokkel != null) {
            List<Long> lagret = em.createQuery("select t.id from Tiltak t where t.lagringsnokkel = :nokkel"
                            + " and t.ordning = :ordning", Long.class)
                    .setParameter("nokkel", lagringsnokkel).setParameter("ordning", ordning).getResultList();
            if (!lagret.isEmpty()) {
                return lagret.get(0);
            }
        }
        Tiltakstype type = valider(ordning, skjema, null);
        Tilgang tilgang = tilgangKilde.gjeldende();
        Tiltak tiltak = new Tiltak(ordning, type, skjema.fraDato(), skjema.tilDato(), skjema.timerPerUke(),
                skjema.erstattende(), tilgang.brukernavn(), klokke.instant());
        settValgfrie(tiltak, skjema);
        tiltak.settLagringsnokkel(lagringsnokkel);
        em.persist(tiltak);
        em.flush();
        logg(Handling.REGISTRER_TILTAK, tiltak, "Etter: " + beskriv(tiltak));
        rapportgrunnlag.oppdater(ordning.getId());
        return tiltak.getId();
    }

    /** Refused if someone saved the tiltak after the form was loaded (version differs). */
    @Krever(Evne.ENDRE_TILTAK)
    @RolesAllowed(Rolle.NIR_SKRIV)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void endre(long tiltakId, long version, TiltakSkjema skjema) {
        Tiltak tiltak = tiltakITilgang(tiltakId);
        kreverGjeldendeVersjon(tiltak, version);
        Tiltakstype type = valider(tiltak.getOrdning(), skjema, tiltak.getTiltakstype());
        String for_ = beskriv(tiltak);
        tiltak.endre(type, skjema.fraDato(), skjema.tilDato(), skjema.timerPerUke(), skjema.erstattende(),
                tilgangKilde.gjeldende().brukernavn(), klokke.instant());
        settValgfrie(tiltak, skjema);
        flush();
        logg(Handling.ENDRE_TILTAK, tiltak, "Før: " + for_ + "\nEtter: " + beskriv(tiltak));
        rapportgrunnlag.oppdater(tiltak.getOrdning().getId());
    }

    /** Marks the tiltak deleted; it stays in the database and under "Vis slettede tiltak". */
    @Krever(Evne.ENDRE_TILTAK)
    @RolesAllowed(Rolle.NIR_SKRIV)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void slett(long tiltakId, long version) {
        Tiltak tiltak = tiltakITilgang(tiltakId);
        kreverGjeldendeVersjon(tiltak, version);
        tiltak.slett(tilgangKilde.gjeldende().brukernavn(), klokke.instant());
        flush();
        logg(Handling.SLETT_TILTAK, tiltak, "Før: " + beskriv(tiltak));
        rapportgrunnlag.oppdater(tiltak.getOrdning().getId());
    }

    /**
     * The ordning page in one call: the person is checked once and its ordninger read once (the menu
     * and the ordning itself), then the ordning's month table and the catalogue.
     */
    @Krever(Evne.LESE_PERSONER)
    @RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.KOMMUNEADMIN, Rolle.IMDI})
    public Ordningsside ordningsside(long personId, long ordningId) {
        Person person = personTilgang.personISkop(personId);
        List<Ordning> ordninger = em.createQuery("select o from Ordning o join fetch o.kategori where o.person = :person"
                        + " order by o.id", Ordning.class)
                .setParameter("person", person)
                .getResultList();
        Ordning ordning = ordninger.stream().filter(o -> o.getId() == ordningId).findFirst()
                .orElseThrow(IngenTilgangException::new);
        boolean medTiltak = ordning.getType().harTiltak() && tilgangKilde.gjeldende().kanLeseTiltak();
        if (medTiltak && !kanSe(ordning)) {
            throw new IngenTilgangException();
        }
        List<TiltakMaaned> maaneder = medTiltak ? maaneder(ordning, false) : List.of();
        boolean tiltakRegistrert = em.createQuery("select count(t) from Tiltak t where t.ordning = :ordning"
                + " and t.slettetTid is null", Long.class).setParameter("ordning", ordning).getSingleResult() > 0;
        return new Ordningsside(PersonHode.av(person), LovverkOrdninger.meny(ordninger, LocalDate.now(klokke)),
                OrdningDetaljer.av(ordning, tiltakRegistrert), maaneder, medTiltak ? katalog() : List.of());
    }

    /** The month table, newest month first; deleted tiltak are listed only when asked for. */
    @Krever(Evne.LESE_TILTAK)
    @RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.IMDI})
    public List<TiltakMaaned> maaneder(long ordningId, boolean medSlettede) {
        return maaneder(ordningITilgang(ordningId), medSlettede);
    }

    private List<TiltakMaaned> maaneder(Ordning ordning, boolean medSlettede) {
        LocalDate idag = LocalDate.now(klokke);
        List<TiltakRad> rader = em.createQuery("select t from Tiltak t join fetch t.tiltakstype ty join fetch ty.gruppe"
                        + " where t.ordning = :ordning" + (medSlettede ? "" : " and t.slettetTid is null"), Tiltak.class)
                .setParameter("ordning", ordning)
                .setHint("eclipselink.read-only", "true")
                .getResultList().stream()
                .map(t -> rad(t, idag))
                .toList();
        return Tiltaksmaaneder.lag(ordningsperiode(ordning), idag, rader);
    }

    /** One tiltak for the edit dialog, deleted or not. */
    @Krever(Evne.LESE_TILTAK)
    @RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.IMDI})
    public TiltakRad tiltak(long tiltakId) {
        return rad(tiltakITilgang(tiltakId), LocalDate.now(klokke));
    }

    /** Every catalogue type in catalogue order; the dialog offers those that {@code kanVelges} for new tiltak. */
    @Krever(Evne.LESE_TILTAK)
    @RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.IMDI})
    public List<Tiltakstypevalg> katalog() {
        LocalDate idag = LocalDate.now(klokke);
        return em.createQuery("select ty from Tiltakstype ty join fetch ty.gruppe g"
                        + " order by g.sortering, ty.sortering", Tiltakstype.class)
                .getResultList().stream()
                .map(ty -> new Tiltakstypevalg(ty.getKode(), ty.getNavn(), ty.getGruppe().getKode(),
                        ty.getGruppe().getNavn(), ty.getVeiledning(), ty.isKreverGjennomforing(),
                        ty.isKreverMottattTilbud(), ty.kanVelgesPa(idag), ty.getGruppe().erGjeldende(idag)))
                .toList();
    }

    /**
     * All checks at once, so the dialog shows every message together. Returns the chosen type.
     *
     * @param gammelType the type before an edit: it may stay even if no longer gjeldende
     */
    private Tiltakstype valider(Ordning ordning, TiltakSkjema skjema, Tiltakstype gammelType) {
        if (!ordning.getType().harTiltak()) {
            throw TiltakValideringException.skjema(
                    "Det kan ikke registreres tiltak på ordningen " + ordning.getType().visningsnavn() + ".");
        }
        Map<String, String> feil = new LinkedHashMap<>();
        validator.validate(skjema).stream()
                .sorted(Comparator.comparing((ConstraintViolation<TiltakSkjema> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> feil.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));

        Tiltakstype type = skjema.typeKode() == null || skjema.typeKode().isBlank()
                ? null : em.find(Tiltakstype.class, skjema.typeKode());
        Tiltaksgruppe gruppe = skjema.gruppeKode() == null || skjema.gruppeKode().isBlank()
                ? null : em.find(Tiltaksgruppe.class, skjema.gruppeKode());
        if (skjema.gruppeKode() != null && !skjema.gruppeKode().isBlank() && gruppe == null) {
            feil.putIfAbsent(TiltakSkjema.GRUPPE, "Ukjent tiltaksgruppe.");
        }
        if (skjema.typeKode() != null && !skjema.typeKode().isBlank() && type == null) {
            feil.putIfAbsent(TiltakSkjema.TYPE, "Ukjent tiltakstype.");
        }
        if (type != null && gruppe != null && !type.getGruppe().equals(gruppe)) {
            feil.putIfAbsent(TiltakSkjema.TYPE, "Tiltakstypen hører ikke til valgt tiltaksgruppe.");
        }
        if (type != null && !type.equals(gammelType) && !type.kanVelgesPa(LocalDate.now(klokke))) {
            feil.putIfAbsent(TiltakSkjema.TYPE, "Tiltakstypen er ikke gjeldende og kan ikke velges for nye tiltak.");
        }
        if (type != null && skjema.gjennomforing() != null && !type.isKreverGjennomforing()) {
            feil.putIfAbsent(TiltakSkjema.GJENNOMFORING,
                    "Gjennomføring kan bare registreres for " + typerSomKrever("kreverGjennomforing") + ".");
        }
        if (type != null && skjema.mottattTilbud() != null && !type.isKreverMottattTilbud()) {
            feil.putIfAbsent(TiltakSkjema.MOTTATT_TILBUD,
                    "Mottatt tilbud kan bare registreres for " + typerSomKrever("kreverMottattTilbud") + ".");
        }
        if (skjema.fraDato() != null && skjema.tilDato() != null && skjema.tilDato().isBefore(skjema.fraDato())) {
            feil.putIfAbsent(TiltakSkjema.TIL, "Til dato kan ikke være før fra dato.");
        }
        if (skjema.fraDato() != null && !ordning.omfatter(skjema.fraDato())) {
            feil.putIfAbsent(TiltakSkjema.FRA, "Fra dato må være innenfor ordningens periode " + periode(ordning) + ".");
        }
        if (skjema.tilDato() != null && !ordning.omfatter(skjema.tilDato())) {
            feil.putIfAbsent(TiltakSkjema.TIL, "Til dato må være innenfor ordningens periode " + periode(ordning) + ".");
        }
        if (!feil.isEmpty()) {
            throw new TiltakValideringException(feil);
        }
        return type;
    }

    /** The types whose catalogue flag (a Tiltakstype field) is set, as "A og B", in catalogue order. */
    private String typerSomKrever(String flagg) {
        List<String> navn = em.createQuery("select ty.navn from Tiltakstype ty join ty.gruppe g where ty." + flagg
                + " = true order by g.sortering, ty.sortering", String.class).getResultList();
        return navn.size() < 2 ? String.join("", navn)
                : String.join(", ", navn.subList(0, navn.size() - 1)) + " og " + navn.get(navn.size() - 1);
    }

    private static String periode(Ordning ordning) {
        return ordning.getTilDato() == null
                ? "(fra " + DATO.format(ordning.getFraDato()) + ")"
                : "(" + DATO.format(ordning.getFraDato()) + "–" + DATO.format(ordning.getTilDato()) + ")";
    }

    private static void settValgfrie(Tiltak tiltak, TiltakSkjema skjema) {
        if (skjema.gjennomforing() != null) {
            tiltak.settGjennomforing(skjema.gjennomforing());
        }
        if (skjema.mottattTilbud() != null) {
            tiltak.settMottattTilbud(skjema.mottattTilbud());
        }
    }

    private static void kreverGjeldendeVersjon(Tiltak tiltak, long version) {
        if (tiltak.getVersion() != version || tiltak.erSlettet()) {
            throw new TiltakEndretAvAndreException();
        }
    }

    /** The innsynslogg line refers to the tiltak row, so the row is written first (flushed). */
    private void logg(Handling handling, Tiltak tiltak, String detaljer) {
        innsynslogger.tiltakEndret(handling, tiltak.getOrdning().getPerson(), tiltak.getId(), detaljer);
    }

    /** A concurrent save between our read and our write shows up here, not as a server error. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new TiltakEndretAvAndreException();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException
                    || e.getCause() instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                throw new TiltakEndretAvAndreException();
            }
            throw e;
        }
    }

    private Ordning ordningITilgang(long ordningId) {
        Ordning ordning = em.find(Ordning.class, ordningId);
        if (ordning == null || !kanSe(ordning)) {
            throw new IngenTilgangException();
        }
        return ordning;
    }

    private Tiltak tiltakITilgang(long tiltakId) {
        Tiltak tiltak = em.find(Tiltak.class, tiltakId);
        if (tiltak == null || !kanSe(tiltak.getOrdning())) {
            throw new IngenTilgangException();
        }
        return tiltak;
    }

    /**
     * A tiltak is the person's data: the caller sees it where the caller sees the person now, not by
     * the kommune the tiltak or a closed ordning recorded (a person who moved goes with their tiltak).
     */
    private boolean kanSe(Ordning ordning) {
        return personTilgang.kanSe(ordning.getPerson());
    }

    /** Before/after text for the innsynslogg. */
    private static String beskriv(Tiltak t) {
        return t.getTiltakstype().getNavn() + " " + DATO.format(t.getFraDato()) + "–" + DATO.format(t.getTilDato())
                + ", " + Timer.tekst(t.getTimerPerUke()) + " timer per uke"
                + (t.isErstattende() ? ", erstattende" : "")
                + (t.getGjennomforing() == null ? "" : ", gjennomføring: " + t.getGjennomforing().visningsnavn())
                + (t.getMottattTilbud() == null ? "" : ", mottatt tilbud: " + (t.getMottattTilbud() ? "ja" : "nei"));
    }

    private static Ordningsperiode ordningsperiode(Ordning ordning) {
        return new Ordningsperiode(ordning.getFraDato(), ordning.getTilDato());
    }

    private static TiltakRad rad(Tiltak t, LocalDate idag) {
        Tiltakstype ty = t.getTiltakstype();
        String oppfolging = t.getOppfolgingskommune().getNavn()
                + (t.getBydel() == null ? "" : " / " + t.getBydel().getNavn());
        return new TiltakRad(t.getId(), t.getVersion(), ty.getGruppe().getKode(), ty.getGruppe().getNavn(),
                ty.getGruppe().erGjeldende(idag), ty.getKode(), ty.getNavn(), ty.erGjeldende(idag), t.getFraDato(),
                t.getTilDato(), t.getTimerPerUke(), t.isErstattende(), t.getGjennomforing(), t.getMottattTilbud(),
                oppfolging, t.getRegistrertAv(), dato(t.getRegistrertTid()), t.getEndretAv(), dato(t.getEndretTid()),
                t.getSlettetAv(), dato(t.getSlettetTid()), ordningsperiode(t.getOrdning()).sluttetFor(t.getTilDato()));
    }

    private static LocalDate dato(Instant tid) {
        return tid == null ? null : LocalDate.ofInstant(tid, Norsktid.SONE);
    }
}
