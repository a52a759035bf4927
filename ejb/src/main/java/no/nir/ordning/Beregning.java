package no.nir.ordning;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import no.nir.kompetanse.KompetanseStatus;
import no.nir.person.Lovverk;

/**
 * Computes a person's kategorier and ordninger from {@link PersonFakta} (SPEC §2).
 *
 * <p>The computation is pure, deterministic and idempotent:
 * {@code beregn(f, beregn(f, x, d), d)} equals {@code beregn(f, x, d)}.
 *
 * <p>How {@code tidligere} (the previously stored result) is used:
 * <ul>
 *   <li>A kategori whose rule applies is recomputed from the facts and replaces a previous one of the same
 *       type and fra date. If a previous closed period of the same type ends inside the new period, the new
 *       period starts on that closing date instead, so the closed period stays in the history
 *       (e.g. moving back into a mottak after having moved out).</li>
 *   <li>A previous closed kategori whose rule no longer applies is kept with its dates (history is never
 *       lost).</li>
 *   <li>Every closed period kept from before gets its ordninger's status as of {@code idag}, so one
 *       stored while its closing day still lay ahead is no longer AKTIV once that day has come.</li>
 *   <li>A previous open kategori whose rule no longer applies is closed: Kvalifisering i mottak on the
 *       bosettingsdato when bosatt, else on the day the person moved out of mottak when that is known,
 *       otherwise on {@code idag}; the other kategorier on {@code idag}.
 *       It is dropped if that date would be before its fra (it never started).</li>
 * </ul>
 */
public final class Beregning {

    /** Months from the start date to the deadline (frist) of the ordninger that have one. */
    static final int FRIST_MANEDER = 3;

    private static final Comparator<BeregnetKategori> REKKEFOLGE = Comparator
            .comparing(BeregnetKategori::fra)
            .thenComparing(BeregnetKategori::type)
            .thenComparing(BeregnetKategori::til, Comparator.nullsLast(Comparator.naturalOrder()));

    private Beregning() {
    }

    /**
     * @param fakta     the person's facts
     * @param tidligere the previous result (may be null or empty)
     * @param idag      today's date; decides closing dates and the INAKTIV status
     * @return the kategorier ordered by fra, then by {@link KategoriType} order; unmodifiable
     */
    public static List<BeregnetKategori> beregn(PersonFakta fakta, List<BeregnetKategori> tidligere, LocalDate idag) {
        Objects.requireNonNull(fakta, "fakta");
        Objects.requireNonNull(idag, "idag");
        List<BeregnetKategori> forrige = tidligere == null ? List.of() : tidligere;

        List<BeregnetKategori> resultat = new ArrayList<>();
        for (KategoriType type : KategoriType.values()) {
            List<BeregnetKategori> forrigeAvType = forrige.stream()
                    .filter(Objects::nonNull)
                    .filter(k -> k.type() == type)
                    .toList();
            Optional<Periode> periode = periode(type, fakta);
            if (periode.isPresent()) {
                resultat.addAll(medNyPeriode(type, periode.get(), forrigeAvType, fakta, idag));
            } else {
                resultat.addAll(utenPeriode(type, forrigeAvType, fakta, idag));
            }
        }
        return resultat.stream().distinct().sorted(REKKEFOLGE).toList();
    }

    // ---------------------------------------------------------------- merging with the previous result

    private static List<BeregnetKategori> medNyPeriode(KategoriType type, Periode beregnet,
                                                       List<BeregnetKategori> forrigeAvType,
                                                       PersonFakta fakta, LocalDate idag) {
        Periode periode = etterTidligereLukket(beregnet, forrigeAvType);
        List<BeregnetKategori> ut = new ArrayList<>();
        ut.add(new BeregnetKategori(type, periode.fra(), periode.til(), ordninger(type, periode, fakta, idag)));
        forrigeAvType.stream()
                .filter(k -> !k.erApen() && !k.fra().equals(periode.fra()))
                .forEach(k -> lukk(k, k.til(), fakta, idag).ifPresent(ut::add));
        return ut;
    }

    /**
     * Starts the period on the latest closing date of a previous closed period that ends inside it. Not
     * after a one-day period: the new period would start on that period's fra and replace it, and the
     * next run, no longer seeing it, would move the start back (the beregning would not be idempotent).
     */
    private static Periode etterTidligereLukket(Periode periode, List<BeregnetKategori> forrigeAvType) {
        return forrigeAvType.stream()
                .filter(k -> !k.erApen() && k.til().isAfter(k.fra()))
                .map(BeregnetKategori::til)
                .filter(til -> !til.isBefore(periode.fra()))
                .filter(til -> periode.til() == null || til.isBefore(periode.til()))
                .max(Comparator.naturalOrder())
                .map(til -> new Periode(til, periode.til()))
                .orElse(periode);
    }

    private static List<BeregnetKategori> utenPeriode(KategoriType type, List<BeregnetKategori> forrigeAvType,
                                                      PersonFakta fakta, LocalDate idag) {
        List<BeregnetKategori> ut = new ArrayList<>();
        for (BeregnetKategori k : forrigeAvType) {
            lukk(k, k.erApen() ? lukkedato(type, fakta, idag) : k.til(), fakta, idag).ifPresent(ut::add);
        }
        return ut;
    }

    private static LocalDate lukkedato(KategoriType type, PersonFakta fakta, LocalDate idag) {
        if (type == KategoriType.KVALIFISERING_I_MOTTAK && fakta.erBosatt()) {
            return fakta.bosettingsdato();
        }
        if (type == KategoriType.KVALIFISERING_I_MOTTAK && fakta.utflyttingsdato() != null) {
            return fakta.utflyttingsdato();
        }
        return idag;
    }

    private static Optional<BeregnetKategori> lukk(BeregnetKategori apen, LocalDate til,
                                                   PersonFakta fakta, LocalDate idag) {
        if (til.isBefore(apen.fra())) {
            return Optional.empty();
        }
        List<BeregnetOrdning> ordninger = apen.ordninger().stream()
                .map(o -> new BeregnetOrdning(o.type(), o.fra(), til, status(o.type(), til, fakta, idag), o.frist()))
                .toList();
        return Optional.of(new BeregnetKategori(apen.type(), apen.fra(), til, ordninger));
    }

    // ---------------------------------------------------------------- when each kategori applies

    private static Optional<Periode> periode(KategoriType type, PersonFakta fakta) {
        return switch (type) {
            case KVALIFISERING_I_MOTTAK -> kvalifiseringIMottak(fakta);
            case INTRODUKSJONSPROGRAM -> bosatt(fakta, Lovverk.INTEGRERINGSLOVEN, 18, 55);
            case OPPLAERING_NORSK_SAMFUNNSKUNNSKAP -> bosatt(fakta, Lovverk.INTEGRERINGSLOVEN, 18, 67);
            case INTRODUKSJONSPROGRAM_INTRODUKSJONSLOVEN -> bosatt(fakta, Lovverk.INTRODUKSJONSLOVEN, 18, 55);
            case NORSKOPPLAERING_INTRODUKSJONSLOVEN -> bosatt(fakta, Lovverk.INTRODUKSJONSLOVEN, 16, 55);
        };
    }

    /**
     * Permit under integreringsloven, lives in a mottak, from the latest of permit, 18th birthday and
     * moving into mottak (when known) to bosetting.
     */
    private static Optional<Periode> kvalifiseringIMottak(PersonFakta fakta) {
        if (!harTillatelseEtter(fakta, Lovverk.INTEGRERINGSLOVEN) || !fakta.iMottak()) {
            return Optional.empty();
        }
        LocalDate fra = senest(fakta.tillatelsesdato(), attenArsdag(fakta));
        if (fakta.innflyttingsdato() != null) {
            fra = senest(fra, fakta.innflyttingsdato());
        }
        LocalDate til = fakta.bosettingsdato();
        if (til != null && fra.isAfter(til)) {
            return Optional.empty();
        }
        return Optional.of(new Periode(fra, til));
    }

    /** Bosatt, permit under the given lovverk, age at permit within [minAlder, maxAlder]; open from bosetting. */
    private static Optional<Periode> bosatt(PersonFakta fakta, Lovverk lovverk, int minAlder, int maxAlder) {
        if (!harTillatelseEtter(fakta, lovverk) || !fakta.erBosatt()) {
            return Optional.empty();
        }
        int alder = alderVedTillatelse(fakta);
        if (alder < minAlder || alder > maxAlder) {
            return Optional.empty();
        }
        return Optional.of(new Periode(fakta.bosettingsdato(), null));
    }

    // ---------------------------------------------------------------- the ordninger of each kategori

    /** The kategori's ordninger ({@link KategoriType#ordninger()}) that the facts give, with their frister. */
    private static List<BeregnetOrdning> ordninger(KategoriType type, Periode p, PersonFakta fakta, LocalDate idag) {
        List<BeregnetOrdning> ordninger = new ArrayList<>();
        for (OrdningType ordning : type.ordninger()) {
            if (gis(type, ordning, fakta)) {
                ordninger.add(ordning(ordning, p, frist(type, ordning, fakta), fakta, idag));
            }
        }
        return ordninger;
    }

    /** In a mottak, Kompetansekartlegging only for those 18–55 at the permit; the rest always. */
    private static boolean gis(KategoriType type, OrdningType ordning, PersonFakta fakta) {
        if (type == KategoriType.KVALIFISERING_I_MOTTAK && ordning == OrdningType.KOMPETANSEKARTLEGGING) {
            int alder = alderVedTillatelse(fakta);
            return alder >= 18 && alder <= 55;
        }
        return true;
    }

    /** Kompetansekartlegging in a mottak: permit + 3 months; Introduksjonsprogram and opplæring: bosetting + 3 months. */
    private static LocalDate frist(KategoriType type, OrdningType ordning, PersonFakta fakta) {
        return switch (type) {
            case KVALIFISERING_I_MOTTAK -> ordning == OrdningType.KOMPETANSEKARTLEGGING ? frist(fakta.tillatelsesdato()) : null;
            case INTRODUKSJONSPROGRAM -> ordning == OrdningType.INTRODUKSJONSPROGRAM ? frist(fakta.bosettingsdato()) : null;
            case OPPLAERING_NORSK_SAMFUNNSKUNNSKAP -> frist(fakta.bosettingsdato());
            case INTRODUKSJONSPROGRAM_INTRODUKSJONSLOVEN, NORSKOPPLAERING_INTRODUKSJONSLOVEN -> null;
        };
    }

    private static BeregnetOrdning ordning(OrdningType type, Periode p, LocalDate frist,
                                           PersonFakta fakta, LocalDate idag) {
        return new BeregnetOrdning(type, p.fra(), p.til(), status(type, p.til(), fakta, idag), frist);
    }

    /** FULLFORT wins; otherwise INAKTIV when the kategori has closed (til on or before idag), else AKTIV. */
    private static OrdningStatus status(OrdningType type, LocalDate til, PersonFakta fakta, LocalDate idag) {
        if (erFullfort(type, fakta.kompetanseStatus())) {
            return OrdningStatus.FULLFORT;
        }
        boolean lukket = til != null && !til.isAfter(idag);
        return lukket ? OrdningStatus.INAKTIV : OrdningStatus.AKTIV;
    }

    private static boolean erFullfort(OrdningType type, KompetanseStatus kompetanse) {
        return switch (type) {
            case KOMPETANSEKARTLEGGING -> kompetanse != null;
            case KARRIEREVEILEDNING -> kompetanse == KompetanseStatus.NOTAT_FULLFORT;
            default -> false;
        };
    }

    // ---------------------------------------------------------------- helpers

    private static boolean harTillatelseEtter(PersonFakta fakta, Lovverk lovverk) {
        return fakta.harTillatelse() && Lovverk.forTillatelsesdato(fakta.tillatelsesdato()) == lovverk;
    }

    /** Whole years between fødselsdato and tillatelsesdato. */
    private static int alderVedTillatelse(PersonFakta fakta) {
        return Period.between(fakta.fodselsdato(), fakta.tillatelsesdato()).getYears();
    }

    private static LocalDate attenArsdag(PersonFakta fakta) {
        return fakta.fodselsdato().plusYears(18);
    }

    private static LocalDate frist(LocalDate start) {
        return start.plusMonths(FRIST_MANEDER);
    }

    private static LocalDate senest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private record Periode(LocalDate fra, LocalDate til) {
    }
}
