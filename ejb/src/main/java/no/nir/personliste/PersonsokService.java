package no.nir.personliste;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;
import no.nir.tilgang.Evne;
import no.nir.tilgang.Krever;
import no.nir.tilgang.Rolle;
import no.nir.tilgang.TilgangKilde;

/** Personsøk and Avansert søk (SPEC §3.1), within the caller's scope. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@Krever(Evne.LESE_PERSONER)
@RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.KOMMUNEADMIN, Rolle.IMDI})
public class PersonsokService {

    public static final int MAKS_TREFF = 200;

    private static final Pattern SIFFER_OG_MELLOMROM = Pattern.compile("[\\d ]+");
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    TilgangKilde tilgangKilde;

    /**
     * One field: 12 digits is a DUF-nummer, 11 a fødselsnummer, dd.mm.åååå a fødselsdato; anything
     * else is a Reg-nummer, an UNHCR-nummer or parts of the name (each part must occur).
     */
    public PersonsokResultat sok(String tekst) {
        String sok = tekst == null ? "" : tekst.trim();
        if (sok.isEmpty()) {
            return new PersonsokResultat(List.of(), false);
        }
        SqlVilkar vilkar = new SqlVilkar();
        String siffer = sok.replace(" ", "");
        LocalDate dato = dato(sok);
        if (SIFFER_OG_MELLOMROM.matcher(sok).matches() && siffer.length() == 12) {
            vilkar.og("p.duf_nummer = " + SqlVilkar.TEGN, siffer);
        } else if (SIFFER_OG_MELLOMROM.matcher(sok).matches() && siffer.length() == 11) {
            vilkar.og("p.fodselsnummer = " + SqlVilkar.TEGN, siffer);
        } else if (dato != null) {
            vilkar.og("p.fodselsdato = ?", dato);
        } else {
            StringBuilder navn = new StringBuilder("(p.reg_nummer = ? or p.unhcr_nummer = ? or (true");
            String[] deler = sok.split("\\s+");
            Object[] verdier = new Object[2 + deler.length];
            verdier[0] = sok;
            verdier[1] = sok;
            for (int i = 0; i < deler.length; i++) {
                navn.append(" and p.navn_sok like '%' || navn_normalisert(?) || '%'");
                verdier[2 + i] = SqlVilkar.escapeLike(deler[i]);
            }
            vilkar.og(navn.append("))").toString(), verdier);
        }
        return hent(vilkar);
    }

    /** Avansert søk: all given fields must match; an empty form finds nobody. */
    public PersonsokResultat avansert(AvansertSok sok) {
        if (sok.erTomt()) {
            return new PersonsokResultat(List.of(), false);
        }
        SqlVilkar vilkar = new SqlVilkar();
        if (harVerdi(sok.duf())) {
            vilkar.og("p.duf_nummer = " + SqlVilkar.TEGN, sok.duf().replace(" ", ""));
        }
        if (harVerdi(sok.regNummer())) {
            vilkar.og("p.reg_nummer = ?", sok.regNummer().trim());
        }
        if (harVerdi(sok.unhcrNummer())) {
            vilkar.og("p.unhcr_nummer = ?", sok.unhcrNummer().trim());
        }
        if (harVerdi(sok.fodselsnummer())) {
            vilkar.og("p.fodselsnummer = " + SqlVilkar.TEGN, sok.fodselsnummer().replace(" ", ""));
        }
        if (sok.fodselsdato() != null) {
            vilkar.og("p.fodselsdato = ?", sok.fodselsdato());
        }
        if (harVerdi(sok.fornavn())) {
            vilkar.ogNavnInneholder("navn_normalisert(p.fornavn)", sok.fornavn());
        }
        if (harVerdi(sok.etternavn())) {
            vilkar.ogNavnInneholder("navn_normalisert(p.etternavn)", sok.etternavn());
        }
        if (harVerdi(sok.kommune())) {
            vilkar.og("p.oppfolgingskommune_nummer = " + SqlVilkar.TEGN, sok.kommune());
        }
        if (sok.kategori() != null) {
            vilkar.og("exists (select 1 from kategori k where k.person_id = p.id and k.til_dato is null and k.type = ?)",
                    sok.kategori().name());
        }
        return hent(vilkar);
    }

    @SuppressWarnings("unchecked")
    private PersonsokResultat hent(SqlVilkar vilkar) {
        vilkar.ogInnenfor(tilgangKilde.gjeldende().omfang(), "p");
        String sql = "select p.id, p.duf_nummer, p.fornavn, p.etternavn, p.fodselsdato, km.navn from person p"
                + " join kommune km on km.nummer = p.oppfolgingskommune_nummer" + vilkar.where()
                + " order by p.etternavn, p.fornavn, p.id" + vilkar.side(0, MAKS_TREFF + 1);
        List<Object[]> rader = vilkar.query(em, sql).getResultList();
        List<PersonsokTreff> treff = rader.stream().limit(MAKS_TREFF)
                .map(r -> new PersonsokTreff(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        SqlVilkar.dato(r[4]), (String) r[5]))
                .toList();
        return new PersonsokResultat(treff, rader.size() > MAKS_TREFF);
    }

    private static boolean harVerdi(String s) {
        return s != null && !s.isBlank();
    }

    private static LocalDate dato(String tekst) {
        try {
            return LocalDate.parse(tekst, DATO);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
