package no.nir.tiltak;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nir.kommune.Fylke;
import no.nir.kommune.Kommune;
import no.nir.tilgang.Evne;
import no.nir.tilgang.IngenTilgangException;
import no.nir.tilgang.Krever;
import no.nir.tilgang.Omfang;
import no.nir.tilgang.Rolle;
import no.nir.tilgang.Tilgang;
import no.nir.tilgang.TilgangKilde;

/**
 * Rapporter: Kvalifisering for mottaksbeboere month by month, for the kommune (own kommuner and
 * bydel) and for IMDi (national, one fylke or one kommune). Reads only the sums that
 * {@link Rapportgrunnlag} keeps per month, kommune and bydel, so a national report is a few thousand
 * rows whatever the size of the register.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@Krever(Evne.LESE_PERSONER)
@RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.KOMMUNEADMIN, Rolle.IMDI})
public class TiltaksrapportService {

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    TilgangKilde tilgangKilde;

    @Inject
    Clock klokke;

    public Tiltaksrapport rapport(Rapportvalg onsket) {
        Rapportvalg valg = onsket.medStandard(LocalDate.now(klokke));
        String feil = valg.feil();
        if (feil != null) {
            throw new RapportvalgException(feil);
        }
        Tilgang tilgang = tilgangKilde.gjeldende();
        Utvalg utvalg = utvalg(tilgang, valg);
        List<Tiltaksrapport.Gruppe> grupper = em.createQuery(
                        "select new no.nir.tiltak.Tiltaksrapport.Gruppe(g.kode, g.navn) from Tiltaksgruppe g order by g.sortering",
                        Tiltaksrapport.Gruppe.class)
                .getResultList();
        return new Tiltaksrapport(valg, utvalg.navn, grupper, maaneder(valg, utvalg, grupper));
    }

    /** The months' figures. Persons in a month: every ordning started up to it minus those ended before it. */
    private List<TiltaksrapportMaaned> maaneder(Rapportvalg valg, Utvalg utvalg, List<Tiltaksrapport.Gruppe> grupper) {
        Map<YearMonth, Object[]> summer = new HashMap<>();
        long inne = 0;
        for (Object[] r : utvalg.rader(em, "select maaned, sum(inn), sum(ut), sum(med_tiltak), sum(sum_snitt)"
                + " from rapport_omraade r where maaned <= ?", valg.til(), " group by maaned order by maaned")) {
            YearMonth maaned = YearMonth.from(((Date) r[0]).toLocalDate());
            if (maaned.isBefore(valg.fra())) {
                inne += tall(r[1]) - tall(r[2]);
            } else {
                summer.put(maaned, r);
            }
        }
        Map<YearMonth, Map<String, BigDecimal>> timer = new HashMap<>();
        for (Object[] r : utvalg.rader(em, "select maaned, gruppe_kode, sum(timer) from rapport_omraade_gruppe r"
                + " where maaned >= ?", valg.fra(), " and maaned <= " + dato(valg.til()) + " group by maaned, gruppe_kode")) {
            timer.computeIfAbsent(YearMonth.from(((Date) r[0]).toLocalDate()), m -> new HashMap<>())
                    .put((String) r[1], (BigDecimal) r[2]);
        }
        List<TiltaksrapportMaaned> maaneder = new ArrayList<>();
        for (YearMonth m = valg.fra(); !m.isAfter(valg.til()); m = m.plusMonths(1)) {
            Object[] r = summer.get(m);
            long personer = inne + (r == null ? 0 : tall(r[1]));
            Map<String, BigDecimal> iMaaned = timer.getOrDefault(m, Map.of());
            maaneder.add(new TiltaksrapportMaaned(m, personer, r == null ? 0 : tall(r[3]),
                    r == null ? new BigDecimal("0.00") : (BigDecimal) r[4],
                    grupper.stream().map(g -> iMaaned.getOrDefault(g.kode(), new BigDecimal("0.00"))).toList()));
            inne = personer - (r == null ? 0 : tall(r[2]));
        }
        return maaneder;
    }

    /**
     * The scope rule ({@link Omfang}) on the report's sums, which carry the ordning's kommune and
     * bydel. A chosen fylke or kommune narrows it; one outside scope is refused.
     */
    private Utvalg utvalg(Tilgang tilgang, Rapportvalg valg) {
        Utvalg utvalg = new Utvalg();
        if (!tilgang.erNasjonal()) {
            if (valg.fylke() != null || (valg.kommune() != null && !tilgang.kommuner().contains(valg.kommune()))) {
                throw new IngenTilgangException();
            }
            if (tilgang.kommuner().isEmpty()) {
                throw new IngenTilgangException();
            }
            Omfang.Vilkar omfang = tilgang.omfang().sql("r.kommune_nummer", "r.bydel_nummer");
            utvalg.og(omfang.tekst(), omfang.verdier().toArray());
        }
        if (valg.kommune() != null) {
            Kommune kommune = em.find(Kommune.class, valg.kommune());
            if (kommune == null) {
                throw new RapportvalgException("Ukjent kommune.");
            }
            utvalg.og("r.kommune_nummer = ?", valg.kommune());
            utvalg.navn = kommune.getNavn();
        } else if (valg.fylke() != null) {
            Fylke fylke = em.find(Fylke.class, valg.fylke());
            if (fylke == null) {
                throw new RapportvalgException("Ukjent fylke.");
            }
            utvalg.og("r.kommune_nummer in (select nummer from kommune where fylke_nummer = ?)", valg.fylke());
            utvalg.navn = fylke.getNavn();
        } else if (tilgang.erNasjonal()) {
            utvalg.navn = "Hele landet";
        } else {
            utvalg.navn = String.join(", ", em.createQuery("select k.navn from Kommune k where k.nummer in :k order by k.navn",
                    String.class).setParameter("k", tilgang.kommuner()).getResultList());
        }
        return utvalg;
    }

    /** Conditions with their values; values travel only as parameters. */
    private static final class Utvalg {
        private final List<String> vilkar = new ArrayList<>();
        private final List<Object> verdier = new ArrayList<>();
        private String navn;

        void og(String betingelse, Object... nye) {
            vilkar.add(betingelse);
            verdier.addAll(List.of(nye));
        }

        @SuppressWarnings("unchecked")
        List<Object[]> rader(EntityManager em, String start, YearMonth maaned, String slutt) {
            StringBuilder sql = new StringBuilder(start);
            vilkar.forEach(v -> sql.append(" and ").append(v));
            sql.append(slutt);
            // Positional parameters numbered in order: the month first, then the conditions' values.
            String tekst = sql.toString();
            StringBuilder nummerert = new StringBuilder();
            int n = 0;
            for (char c : tekst.toCharArray()) {
                nummerert.append(c);
                if (c == '?') {
                    nummerert.append(++n);
                }
            }
            Query query = em.createNativeQuery(nummerert.toString());
            query.setParameter(1, Date.valueOf(maaned.atDay(1)));
            for (int i = 0; i < verdier.size(); i++) {
                query.setParameter(i + 2, verdier.get(i));
            }
            return query.getResultList();
        }
    }

    private static String dato(YearMonth maaned) {
        return "date '" + maaned.atDay(1) + "'";
    }

    private static long tall(Object verdi) {
        return ((Number) verdi).longValue();
    }
}
