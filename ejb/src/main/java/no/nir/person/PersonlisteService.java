package no.nir.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.nir.kommune.Bydel;
import no.nir.kommune.Fylke;
import no.nir.kommune.Kommune;
import no.nir.ordning.KategoriType;
import no.nir.ordning.OrdningStatus;
import no.nir.ordning.OrdningType;
import no.nir.tilgang.Rolle;
import no.nir.tilgang.Tilgang;
import no.nir.tilgang.TilgangKilde;

/**
 * NIR personlister (SPEC §3.2): persons with an open kategori, one line per person and ordning.
 * Filtering, scope, sorting, paging and counting all happen in PostgreSQL.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.KOMMUNEADMIN, Rolle.IMDI})
public class PersonlisteService {

    /** The ordninger each kategori gives (SPEC §2), offered in the "Alle ordninger" filter. */
    private static final Map<KategoriType, List<OrdningType>> ORDNINGER = new EnumMap<>(Map.of(
            KategoriType.KVALIFISERING_I_MOTTAK,
            List.of(OrdningType.KVALIFISERING_MOTTAKSBEBOERE, OrdningType.KOMPETANSEKARTLEGGING),
            KategoriType.INTRODUKSJONSPROGRAM,
            List.of(OrdningType.INTRODUKSJONSPROGRAM, OrdningType.KOMPETANSEKARTLEGGING, OrdningType.KARRIEREVEILEDNING),
            KategoriType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP, List.of(OrdningType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP),
            KategoriType.INTRODUKSJONSPROGRAM_INTRODUKSJONSLOVEN, List.of(OrdningType.INTRODUKSJONSPROGRAM),
            KategoriType.NORSKOPPLAERING_INTRODUKSJONSLOVEN, List.of(OrdningType.NORSKOPPLAERING)));

    /** Every filter but DUF and name is on the ordning itself (V3): counting needs no join. */
    private static final String FRA_ORDNING = " from ordning o";
    private static final String MED_PERSON = " join person p on p.id = o.person_id";
    private static final String FRA = FRA_ORDNING + MED_PERSON;

    /** The kategori's type and fra-dato are read from the ordning, which carries equal copies (V3, V4). */
    private static final String KOLONNER = "select p.id, o.id, p.duf_nummer, p.fornavn, p.etternavn, o.kategori_type,"
            + " o.fra_dato, o.type, o.frist, o.status";

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    TilgangKilde tilgangKilde;

    public long antall(PersonlisteKriterier kriterier) {
        SqlVilkar vilkar = vilkar(kriterier, LocalDate.now());
        return ((Number) vilkar.query(em, "select count(*)" + fra(kriterier) + vilkar.where()).getSingleResult())
                .longValue();
    }

    public List<PersonlisteRad> side(PersonlisteKriterier kriterier, PersonlisteSortering sortering, boolean synkende,
                                     int forste, int antall) {
        SqlVilkar vilkar = vilkar(kriterier, LocalDate.now());
        // The matching ordninger first, then sort: walking the whole person index in DUF order and
        // probing each person (the planner's other choice) reads most of a large register.
        String sql = "with valgt as materialized (select o.*" + fra(kriterier) + vilkar.where() + ")"
                + KOLONNER + " from valgt o" + MED_PERSON
                + sortering.orderBy(synkende) + vilkar.side(forste, antall);
        return rader(vilkar, sql);
    }

    /**
     * The next rows after the given ordning id, in id order: the CSV download pulls the whole list
     * in such chunks (keyset paging, so late chunks cost as little as early ones).
     */
    public List<PersonlisteRad> eksportside(PersonlisteKriterier kriterier, long etterOrdningId, int antall) {
        SqlVilkar vilkar = vilkar(kriterier, LocalDate.now()).og("o.id > ?", etterOrdningId);
        String sql = KOLONNER + FRA + vilkar.where() + " order by o.id" + vilkar.side(0, antall);
        return rader(vilkar, sql);
    }

    /** Fylker, kommuner and bydeler the caller may filter on. */
    public Filterverdier filterverdier() {
        Tilgang tilgang = tilgangKilde.gjeldende();
        List<Kommune> kommuner = tilgang.erNasjonal()
                ? em.createQuery("select k from Kommune k order by k.navn", Kommune.class).getResultList()
                : em.createQuery("select k from Kommune k where k.nummer in :kommuner order by k.navn", Kommune.class)
                        .setParameter("kommuner", tilgang.kommuner().isEmpty() ? List.of("----") : tilgang.kommuner())
                        .getResultList();
        List<Fylke> fylker = kommuner.stream().map(Kommune::getFylke).distinct()
                .sorted(java.util.Comparator.comparing(Fylke::getNavn)).toList();
        List<String> nummer = kommuner.isEmpty() ? List.of("----") : kommuner.stream().map(Kommune::getNummer).toList();
        List<Bydel> bydeler = em.createQuery(
                        "select b from Bydel b where b.kommune.nummer in :kommuner order by b.navn", Bydel.class)
                .setParameter("kommuner", nummer)
                .getResultList().stream()
                .filter(b -> tilgang.erNasjonal() || tilgang.bydel() == null || tilgang.bydel().equals(b.getNummer()))
                .toList();
        return new Filterverdier(
                fylker.stream().map(f -> new Filtervalg(f.getNummer(), f.getNavn(), null)).toList(),
                kommuner.stream().map(k -> new Filtervalg(k.getNummer(), k.getNavn(), k.getFylke().getNummer())).toList(),
                bydeler.stream().map(b -> new Filtervalg(b.getNummer(), b.getNavn(), b.getKommune().getNummer())).toList());
    }

    /** The ordninger of a kategori (all of the lovverk's when no kategori is chosen). */
    public List<OrdningType> ordninger(KategoriType kategori) {
        return kategori == null ? List.of(OrdningType.values()) : ORDNINGER.get(kategori);
    }

    private SqlVilkar vilkar(PersonlisteKriterier kr, LocalDate idag) {
        // An open ordning is one of an open kategori: the beregning gives them the same til-dato.
        SqlVilkar vilkar = new SqlVilkar()
                .og("o.til_dato is null")
                .ogInnenfor(tilgangKilde.gjeldende(), "o");
        if (kr.modus() == PersonlisteKriterier.Modus.TILTAK) {
            vilkar.og("o.kategori_type = ?", KategoriType.KVALIFISERING_I_MOTTAK.name())
                    .og("o.type = ?", OrdningType.KVALIFISERING_MOTTAKSBEBOERE.name())
                    .og((kr.medTiltak() ? "" : "not ")
                            + "exists (select 1 from tiltak t where t.ordning_id = o.id and t.slettet_tid is null)");
        } else {
            if (kr.kategori() != null) {
                vilkar.og("o.kategori_type = ?", kr.kategori().name());
            } else {
                List<String> typer = Arrays.stream(KategoriType.values())
                        .filter(t -> t.lovverk() == kr.lovverk()).map(Enum::name).toList();
                vilkar.og("o.kategori_type in (" + String.join(", ", Collections.nCopies(typer.size(), "?")) + ")",
                        typer.toArray());
            }
            if (kr.ordning() != null) {
                vilkar.og("o.type = ?", kr.ordning().name());
            }
        }
        if (kr.fylke() != null) {
            vilkar.og("o.oppfolgingskommune_nummer in (select nummer from kommune where fylke_nummer = "
                    + SqlVilkar.TEGN + ")", kr.fylke());
        }
        if (kr.kommune() != null) {
            vilkar.og("o.oppfolgingskommune_nummer = " + SqlVilkar.TEGN, kr.kommune());
        }
        if (kr.bydel() != null) {
            vilkar.og("o.bydel_nummer = " + SqlVilkar.TEGN, kr.bydel());
        }
        if (kr.duf() != null) {
            // Typed with or without spaces; a whole number uses the unique index, a part is a prefix.
            String siffer = kr.duf().replaceAll("\\D", "");
            vilkar.og(siffer.length() == 12 ? "p.duf_nummer = " + SqlVilkar.TEGN : "p.duf_nummer like ?",
                    siffer.length() == 12 ? siffer : siffer + "%");
        }
        if (kr.navn() != null && !kr.navn().isBlank()) {
            vilkar.ogNavnInneholder("p.navn_sok", kr.navn());
        }
        if (kr.fristInnenDager() != null) {
            vilkar.og("o.status = ?", OrdningStatus.AKTIV.name())
                    .og("o.frist between ? and ?", idag, idag.plusDays(kr.fristInnenDager()));
        }
        return vilkar;
    }

    /** The ordning alone, or with its person where the DUF or name filter needs it. */
    private static String fra(PersonlisteKriterier kriterier) {
        boolean person = kriterier.duf() != null || (kriterier.navn() != null && !kriterier.navn().isBlank());
        return person ? FRA_ORDNING + MED_PERSON : FRA_ORDNING;
    }

    @SuppressWarnings("unchecked")
    private List<PersonlisteRad> rader(SqlVilkar vilkar, String sql) {
        List<Object[]> rader = vilkar.query(em, sql).getResultList();
        return rader.stream().map(r -> new PersonlisteRad(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], KategoriType.valueOf((String) r[5]),
                SqlVilkar.dato(r[6]), OrdningType.valueOf((String) r[7]), SqlVilkar.dato(r[8]),
                OrdningStatus.valueOf((String) r[9]))).toList();
    }
}
