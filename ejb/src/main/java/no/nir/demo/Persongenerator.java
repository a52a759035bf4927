package no.nir.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import no.nir.kompetanse.KompetanseStatus;
import no.nir.ordning.BeregnetKategori;
import no.nir.ordning.BeregnetOrdning;
import no.nir.ordning.Beregning;
import no.nir.ordning.KategoriType;
import no.nir.ordning.OrdningType;
import no.nir.ordning.PersonFakta;
import no.nir.person.Fodselsnummer;

/**
 * Makes one demo person at a time with everything that belongs to the person, as COPY rows.
 * Kategorier and ordninger are what {@link Beregning} gives for the person's facts on {@code idag}.
 */
final class Persongenerator {

    /** Permits are spread from this date to idag. */
    static final LocalDate FORSTE_TILLATELSE = LocalDate.of(2019, 1, 1);
    /** Ukrainians came after the invasion; earlier permits go to someone from elsewhere. */
    private static final LocalDate UKRAINA_FRA = LocalDate.of(2022, 3, 1);
    /** Where settled persons live; kommuner often used for bosetting, with weights. */
    private static final Map<String, Integer> BOSETTINGSKOMMUNER = new LinkedHashMap<>();

    private static final Map<Land, Integer> LAND = new LinkedHashMap<>();

    static {
        for (Land land : Land.values()) {
            LAND.put(land, land.vekt());
        }
        BOSETTINGSKOMMUNER.put("4204", 16); // Kristiansand
        BOSETTINGSKOMMUNER.put("0301", 20); // Oslo
        BOSETTINGSKOMMUNER.put("4601", 14); // Bergen
        BOSETTINGSKOMMUNER.put("5001", 8);  // Trondheim
        BOSETTINGSKOMMUNER.put("1103", 7);  // Stavanger
        BOSETTINGSKOMMUNER.put("3107", 5);  // Fredrikstad
        BOSETTINGSKOMMUNER.put("3301", 5);  // Drammen
        BOSETTINGSKOMMUNER.put("4203", 5);  // Arendal
        BOSETTINGSKOMMUNER.put("3405", 4);  // Lillehammer
        BOSETTINGSKOMMUNER.put("1804", 4);  // Bodø
        BOSETTINGSKOMMUNER.put("5501", 4);  // Tromsø
        BOSETTINGSKOMMUNER.put("1106", 3);  // Haugesund
    }

    private final Tabell personer = new Tabell("person", "id, duf_nummer, fodselsnummer, reg_nummer, unhcr_nummer,"
            + " fornavn, etternavn, fodselsdato, kjonn, statsborgerskap, tillatelsesdato, bosettingsdato, mottak_id,"
            + " oppfolgingskommune_nummer, bydel_nummer");
    private final Tabell kategorier = new Tabell("kategori", "id, person_id, type, lovverk, fra_dato, til_dato");
    private final Tabell ordninger = new Tabell("ordning", "id, kategori_id, person_id, type, kategori_type,"
            + " fra_dato, til_dato, status, frist, oppfolgingskommune_nummer, bydel_nummer");
    private final Kompetansegenerator kompetanse;
    private final Tiltaksgenerator tiltak;

    private final IdSekvens personIder;
    private final IdSekvens kategoriIder;
    private final IdSekvens ordningIder;
    private final Referansedata referanse;
    private final Set<Long> brukteFodselsnummer;
    private final LocalDate idag;
    private final Tilfeldig tilfeldig;

    Persongenerator(Connection connection, Referansedata referanse, Set<Long> brukteFodselsnummer,
                    LocalDate idag, long seed) {
        this.referanse = referanse;
        this.brukteFodselsnummer = brukteFodselsnummer;
        this.idag = idag;
        this.tilfeldig = new Tilfeldig(seed);
        this.personIder = new IdSekvens(connection, "person_seq");
        this.kategoriIder = new IdSekvens(connection, "kategori_seq");
        this.ordningIder = new IdSekvens(connection, "ordning_seq");
        this.kompetanse = new Kompetansegenerator(connection, tilfeldig, idag);
        this.tiltak = new Tiltaksgenerator(connection, referanse.tiltakstyper(), tilfeldig, idag);
    }

    /** The life stories the demo covers; each decides which kategorier the person gets. */
    private enum Historie {
        /** In a mottak, waiting for a permit: no kategori. */
        ASYLSOKER,
        /** Permit, still in the mottak: Kvalifisering i mottak open. */
        MOTTAKSBEBOER,
        /** Lived in a mottak, then settled: Kvalifisering i mottak closed at bosetting. */
        BOSATT_FRA_MOTTAK,
        /** Settled directly (e.g. family reunification or resettlement): never in a mottak. */
        BOSATT_DIREKTE
    }

    void nyPerson() throws SQLException {
        long id = personIder.neste();
        Historie historie = historie();
        Land land = land();
        boolean mann = tilfeldig.prosent(55);
        Referansedata.Mottak mottak = historie == Historie.BOSATT_DIREKTE ? null
                : referanse.mottak().get(tilfeldig.tall(referanse.mottak().size()));

        LocalDate tillatelse = switch (historie) {
            case ASYLSOKER -> null;
            // A mottak resident with a permit got it recently: most are settled within a year.
            case MOTTAKSBEBOER -> idag.minusDays(tilfeldig.tall(400));
            default -> tilfeldig.dato(FORSTE_TILLATELSE, idag.minusDays(20));
        };
        if (land == Land.UKRAINA && tillatelse != null && tillatelse.isBefore(UKRAINA_FRA)) {
            land = Land.SYRIA;
        }
        LocalDate bosetting = switch (historie) {
            case BOSATT_FRA_MOTTAK -> minst(tillatelse.plusDays(20 + tilfeldig.tall(400)), idag);
            case BOSATT_DIREKTE -> minst(tillatelse.plusDays(tilfeldig.tall(90)), idag);
            default -> null;
        };
        LocalDate ankomst = tillatelse == null ? idag.minusDays(tilfeldig.tall(300))
                : tillatelse.minusDays(historie == Historie.BOSATT_DIREKTE ? 0 : 30 + tilfeldig.tall(300));
        LocalDate fodselsdato = fodselsdato(historie, tillatelse == null ? idag : tillatelse);

        String kommune;
        String bydel;
        if (bosetting == null) {
            kommune = mottak.kommune();
            bydel = mottak.bydel();
        } else {
            kommune = tilfeldig.prosent(40) && mottak != null ? mottak.kommune() : tilfeldig.vektet(BOSETTINGSKOMMUNER);
            bydel = bydel(kommune);
        }
        String fornavn = tilfeldig.velg(land.fornavn(mann));
        if (tilfeldig.prosent(20)) {
            fornavn = fornavn + " " + tilfeldig.velg(land.fornavn(mann));
        }
        personer.rad(id, dufNummer(ankomst, id), fodselsnummer(historie, fodselsdato), regNummer(historie),
                unhcrNummer(historie, ankomst), fornavn, tilfeldig.velg(land.etternavn()), fodselsdato,
                mann ? "M" : "K", land.statsborgerskap(), tillatelse, bosetting,
                bosetting == null ? mottak.id() : null, kommune, bydel);

        // Almost everybody with a permit has registered some kompetanse; some not yet.
        KompetanseStatus status = null;
        if (tillatelse != null && tilfeldig.prosent(85)) {
            status = kompetanse.nyKompetanse(id, land, tillatelse);
        }
        // Bosetting ends the stay in the mottak (Person.bosett), but the kategori it gave is history to keep.
        PersonFakta fakta = new PersonFakta(fodselsdato, tillatelse, bosetting, mottak != null, status);
        for (BeregnetKategori kategori : Beregning.beregn(fakta, List.of(), idag)) {
            long kategoriId = kategoriIder.neste();
            kategorier.rad(kategoriId, id, kategori.type(), kategori.type().lovverk(), kategori.fra(), kategori.til());
            // Ordninger of Kvalifisering i mottak were made while the person lived in the mottak.
            boolean iMottak = kategori.type() == KategoriType.KVALIFISERING_I_MOTTAK;
            String ordningKommune = iMottak ? mottak.kommune() : kommune;
            String ordningBydel = iMottak ? mottak.bydel() : bydel;
            for (BeregnetOrdning ordning : kategori.ordninger()) {
                long ordningId = ordningIder.neste();
                ordninger.rad(ordningId, kategoriId, id, ordning.type(), kategori.type(), ordning.fra(), ordning.til(),
                        ordning.status(), ordning.frist(), ordningKommune, ordningBydel);
                if (ordning.type() == OrdningType.KVALIFISERING_MOTTAKSBEBOERE) {
                    tiltak.nyHistorikk(ordningId, ordning.fra(), ordning.til(), ordningKommune, ordningBydel);
                }
            }
        }
    }

    private Historie historie() {
        int r = tilfeldig.tall(100);
        if (r < 6) {
            return Historie.ASYLSOKER;
        }
        if (r < 30) {
            return Historie.MOTTAKSBEBOER;
        }
        return r < 85 ? Historie.BOSATT_FRA_MOTTAK : Historie.BOSATT_DIREKTE;
    }

    private Land land() {
        return tilfeldig.vektet(LAND);
    }

    /**
     * Mostly 18–55 at the permit; some older (only norsk og samfunnskunnskap, or nothing past 67)
     * and, among the settled, some 16–17 (norskopplæring under introduksjonsloven).
     */
    private LocalDate fodselsdato(Historie historie, LocalDate tillatelse) {
        int r = tilfeldig.tall(100);
        int alder;
        if (r < 4 && historie != Historie.MOTTAKSBEBOER) {
            alder = 16 + tilfeldig.tall(2);
        } else if (r < 82) {
            alder = 18 + tilfeldig.tall(38);
        } else if (r < 96) {
            alder = 56 + tilfeldig.tall(12);
        } else {
            alder = 68 + tilfeldig.tall(8);
        }
        return tillatelse.minusYears(alder).minusDays(tilfeldig.tall(365));
    }

    /**
     * "åååå nnnnnn kk": arrival year, then the person id scrambled by a multiplier that is a unit
     * modulo 10^8, so every id gives a different number.
     */
    private static String dufNummer(LocalDate ankomst, long id) {
        return String.format("%04d%08d", ankomst.getYear(), id * 48_271L % 100_000_000L);
    }

    /** Settled persons mostly have a fødselsnummer, mottak residents sometimes a D-nummer. */
    private String fodselsnummer(Historie historie, LocalDate fodselsdato) {
        int andel = switch (historie) {
            case ASYLSOKER -> 20;
            case MOTTAKSBEBOER -> 60;
            default -> 92;
        };
        if (tilfeldig.tall(100) >= andel) {
            return null;
        }
        boolean dNummer = historie == Historie.ASYLSOKER || historie == Historie.MOTTAKSBEBOER;
        int aar = fodselsdato.getYear();
        for (int forsok = 0; forsok < 200; forsok++) {
            // Individnummer 000–499 is used for 1900–1999, 500–999 for 2000–2039.
            int individ = (aar >= 2000 ? 500 : 0) + tilfeldig.tall(500);
            Optional<Fodselsnummer> nummer = Fodselsnummer.generer(fodselsdato, individ, dNummer);
            if (nummer.isPresent() && brukteFodselsnummer.add(Long.parseLong(nummer.get().verdi()))) {
                return nummer.get().verdi();
            }
        }
        return null;
    }

    private String regNummer(Historie historie) {
        return historie != Historie.BOSATT_DIREKTE && tilfeldig.prosent(35)
                ? String.valueOf(10_000_000 + tilfeldig.tall(90_000_000)) : null;
    }

    /** Resettlement refugees come with a UNHCR case number, e.g. "505-22C01234". */
    private String unhcrNummer(Historie historie, LocalDate ankomst) {
        return historie == Historie.BOSATT_DIREKTE && tilfeldig.prosent(60)
                ? String.format("%03d-%02dC%05d", 100 + tilfeldig.tall(900), ankomst.getYear() % 100,
                        tilfeldig.tall(100_000)) : null;
    }

    private String bydel(String kommune) {
        List<String> bydeler = referanse.bydeler().getOrDefault(kommune, List.of());
        return bydeler.isEmpty() ? null : tilfeldig.velg(bydeler);
    }


    private static LocalDate minst(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }



    /** The rows made since the last call, parents before children (for the foreign keys). */
    List<Tabell.Copy> ta() {
        List<Tabell.Copy> copy = new ArrayList<>();
        Stream.of(personer, kategorier, ordninger).forEach(t -> t.ta().ifPresent(copy::add));
        copy.addAll(tiltak.ta());
        copy.addAll(kompetanse.ta());
        return copy;
    }

    /** Rows per table so far. */
    Map<String, Long> antall() {
        Map<String, Long> antall = new LinkedHashMap<>();
        for (Tabell tabell : List.of(personer, kategorier, ordninger)) {
            antall.put(tabell.navn(), tabell.antall());
        }
        antall.putAll(tiltak.antall());
        antall.putAll(kompetanse.antall());
        return antall;
    }
}
