package no.nir.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import no.nir.innsynslogg.Handling;
import no.nir.innsynslogg.Innsynslogg;
import no.nir.katalog.Tiltakstype;
import no.nir.kommune.Bydel;
import no.nir.kommune.Kommune;
import no.nir.kommune.Mottak;
import no.nir.kompetanse.Kilde;
import no.nir.kompetanse.Kompetanse;
import no.nir.kompetanse.KompetanseStatus;
import no.nir.ordning.Kategori;
import no.nir.ordning.KategoriType;
import no.nir.ordning.Ordning;
import no.nir.ordning.OrdningStatus;
import no.nir.ordning.OrdningType;
import no.nir.person.Fodselsnummer;
import no.nir.person.Kjonn;
import no.nir.person.Person;
import no.nir.test.Deployments;
import no.nir.test.Testdata;
import no.nir.test.Transaksjon;
import no.nir.tiltak.Gjennomforing;
import no.nir.tiltak.Tiltak;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each entity is stored through the persistence unit and read back from the database (the shared
 * cache emptied in between) with every mapped field unchanged: the mappings and the schema agree.
 * EclipseLink counts versions from 1 at insert.
 */
@ExtendWith(ArquillianExtension.class)
class SkjemaIT {

    private static final LocalDate FODT = LocalDate.of(1990, 5, 17);
    /** PostgreSQL keeps microseconds; a whole second survives the round trip exactly. */
    private static final Instant TID = Instant.parse("2026-03-02T09:15:30Z");

    @Deployment
    static EnterpriseArchive d() {
        return Deployments.medTester(SkjemaIT.class);
    }

    @EJB
    Transaksjon tx;

    @Test
    void mottakOgPersonMedAlleFelter() {
        String duf = Testdata.nyttDufNummer();
        String fodselsnummer = ledigFodselsnummer();
        long mottakId = tx.kjor(em -> {
            Mottak mottak = new Mottak("Skjematest mottak", em.find(Kommune.class, "4204"));
            em.persist(mottak);
            return mottak;
        }).getId();
        long personId = tx.kjor(em -> {
            Person person = new Person(duf, "Ágot Ñúñez", "Øvrebø-Al-Hassan", FODT, Kjonn.K, "Syria",
                    em.find(Kommune.class, "4204"));
            person.setFodselsnummer(fodselsnummer);
            person.setRegNummer("REG 4711");
            person.setUnhcrNummer("505-22C01234");
            person.innvilgTillatelse(LocalDate.of(2022, 3, 1));
            person.flyttTilMottak(em.find(Mottak.class, mottakId));
            em.persist(person);
            return person;
        }).getId();

        assertEquals(Arrays.asList(duf, fodselsnummer, "REG 4711", "505-22C01234", "Ágot Ñúñez", "Øvrebø-Al-Hassan",
                        FODT, Kjonn.K, "Syria", LocalDate.of(2022, 3, 1), null, mottakId, "Skjematest mottak", "4204",
                        "4204", null, 1L),
                tx.lesFraDatabasen(em -> {
                    Person p = em.find(Person.class, personId);
                    return Arrays.asList(p.getDufNummer(), p.getFodselsnummer(), p.getRegNummer(), p.getUnhcrNummer(),
                            p.getFornavn(), p.getEtternavn(), p.getFodselsdato(), p.getKjonn(), p.getStatsborgerskap(),
                            p.getTillatelsesdato(), p.getBosettingsdato(), p.getMottak().getId(),
                            p.getMottak().getNavn(), p.getMottak().getVertskommune().getNummer(),
                            p.getOppfolgingskommune().getNummer(), p.getBydel(), p.getVersion());
                }));
        // The database computes the search column with navn_normalisert.
        assertEquals("agot nunez øvrebø-al-hassan", tx.kjor(em -> em.createNativeQuery(
                "select navn_sok from person where id = ?").setParameter(1, personId).getSingleResult()));

        tx.kjor(em -> {
            em.find(Person.class, personId).bosett(LocalDate.of(2023, 1, 9), em.find(Kommune.class, "0301"),
                    em.find(Bydel.class, "030101"));
            return null;
        });
        assertEquals(Arrays.asList(LocalDate.of(2023, 1, 9), null, "0301", "030101", "Gamle Oslo", "03", 2L),
                tx.lesFraDatabasen(em -> {
                    Person p = em.find(Person.class, personId);
                    return Arrays.asList(p.getBosettingsdato(), p.getMottak(), p.getOppfolgingskommune().getNummer(),
                            p.getBydel().getNummer(), p.getBydel().getNavn(),
                            p.getOppfolgingskommune().getFylke().getNummer(), p.getVersion());
                }));
    }

    @Test
    void kategoriMedOrdninger() {
        long personId = nyPerson();
        long kategoriId = tx.kjor(em -> {
            Person person = em.find(Person.class, personId);
            Kategori kategori = new Kategori(person, KategoriType.INTRODUKSJONSPROGRAM_INTRODUKSJONSLOVEN,
                    LocalDate.of(2020, 2, 1));
            kategori.leggTilOrdning(OrdningType.INTRODUKSJONSPROGRAM, LocalDate.of(2020, 5, 1),
                            em.find(Kommune.class, "4601"), em.find(Bydel.class, "460104"))
                    .avslutt(LocalDate.of(2021, 6, 30), OrdningStatus.INAKTIV);
            kategori.leggTilOrdning(OrdningType.KOMPETANSEKARTLEGGING, null,
                    em.find(Kommune.class, "4601"), null)
                    .oppdater(LocalDate.of(2021, 6, 30), OrdningStatus.FULLFORT, null);
            kategori.oppdaterTil(LocalDate.of(2021, 6, 30));
            em.persist(kategori);
            return kategori;
        }).getId();

        assertEquals(List.of(
                        Arrays.asList(personId, KategoriType.INTRODUKSJONSPROGRAM_INTRODUKSJONSLOVEN,
                                KategoriType.INTRODUKSJONSPROGRAM_INTRODUKSJONSLOVEN.lovverk(),
                                LocalDate.of(2020, 2, 1), LocalDate.of(2021, 6, 30)),
                        Arrays.asList(OrdningType.KOMPETANSEKARTLEGGING, personId, LocalDate.of(2020, 2, 1),
                                LocalDate.of(2021, 6, 30), OrdningStatus.FULLFORT, null, "4601", null),
                        Arrays.asList(OrdningType.INTRODUKSJONSPROGRAM, personId, LocalDate.of(2020, 2, 1),
                                LocalDate.of(2021, 6, 30), OrdningStatus.INAKTIV, LocalDate.of(2020, 5, 1), "4601",
                                "460104")),
                tx.lesFraDatabasen(em -> {
                    Kategori k = em.find(Kategori.class, kategoriId);
                    List<List<Object>> felter = new ArrayList<>();
                    felter.add(Arrays.asList(k.getPerson().getId(), k.getType(), k.getLovverk(), k.getFraDato(),
                            k.getTilDato()));
                    k.getOrdninger().stream()
                            .sorted(Comparator.comparing(Ordning::getType))
                            .forEach(o -> felter.add(Arrays.asList(o.getType(), o.getPerson().getId(),
                                    o.getFraDato(), o.getTilDato(), o.getStatus(), o.getFrist(),
                                    o.getOppfolgingskommune().getNummer(),
                                    o.getBydel() == null ? null : o.getBydel().getNummer())));
                    return felter;
                }));
    }

    @Test
    void tiltakMedEndringOgSletting() {
        long ordningId = nyOrdning();
        long tiltakId = tx.kjor(em -> {
            Tiltak tiltak = new Tiltak(em.find(Ordning.class, ordningId), em.find(Tiltakstype.class, "LIVSMESTRING"),
                    LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 27), new BigDecimal("7.5"), false, "skriv", TID);
            tiltak.settGjennomforing(Gjennomforing.IKKE_GJENNOMFORT);
            em.persist(tiltak);
            return tiltak;
        }).getId();
        tx.kjor(em -> {
            Tiltak tiltak = em.find(Tiltak.class, tiltakId);
            tiltak.endre(tiltak.getTiltakstype(), LocalDate.of(2026, 2, 3), LocalDate.of(2026, 3, 31),
                    new BigDecimal("40.0"), true, "oslo", TID.plusSeconds(60));
            tiltak.settGjennomforing(Gjennomforing.GJENNOMFORT);
            return null;
        });
        tx.kjor(em -> {
            em.find(Tiltak.class, tiltakId).slett("kommuneadmin", TID.plusSeconds(120));
            return null;
        });

        assertEquals(Arrays.asList(ordningId, "LIVSMESTRING", LocalDate.of(2026, 2, 3), LocalDate.of(2026, 3, 31),
                        new BigDecimal("40.0"), true, Gjennomforing.GJENNOMFORT, null, "4204", null, "skriv", TID,
                        "oslo", TID.plusSeconds(60), "kommuneadmin", TID.plusSeconds(120), true, 3L),
                tx.lesFraDatabasen(em -> {
                    Tiltak t = em.find(Tiltak.class, tiltakId);
                    return Arrays.asList(t.getOrdning().getId(), t.getTiltakstype().getKode(), t.getFraDato(),
                            t.getTilDato(), t.getTimerPerUke(), t.isErstattende(), t.getGjennomforing(),
                            t.getMottattTilbud(), t.getOppfolgingskommune().getNummer(), t.getBydel(),
                            t.getRegistrertAv(), t.getRegistrertTid(), t.getEndretAv(), t.getEndretTid(),
                            t.getSlettetAv(), t.getSlettetTid(), t.erSlettet(), t.getVersion());
                }));

        long omsorgId = tx.kjor(em -> {
            Tiltak tiltak = new Tiltak(em.find(Ordning.class, ordningId),
                    em.find(Tiltakstype.class, "OMSORGSPERMISJON"), LocalDate.of(2026, 2, 2),
                    LocalDate.of(2026, 2, 2), new BigDecimal("0.5"), false, "skriv", TID);
            tiltak.settMottattTilbud(true);
            em.persist(tiltak);
            return tiltak;
        }).getId();
        assertEquals(Arrays.asList(new BigDecimal("0.5"), null, true, false, 1L), tx.lesFraDatabasen(em -> {
            Tiltak t = em.find(Tiltak.class, omsorgId);
            return Arrays.asList(t.getTimerPerUke(), t.getGjennomforing(), t.getMottattTilbud(), t.erSlettet(),
                    t.getVersion());
        }));
    }

    @Test
    void kompetanseMedSprakYrkeOgUtdanning() {
        long personId = nyPerson();
        long kompetanseId = tx.kjor(em -> {
            Kompetanse k = new Kompetanse(em.find(Person.class, personId), Kilde.IMDI, LocalDate.of(2025, 10, 1));
            k.leggTilSprak("Arabisk", "Svært godt", "Godt", true);
            k.leggTilSprak("Engelsk", "Middels", null, false);
            k.leggTilYrke("Sykepleier", new BigDecimal("6.5"));
            k.leggTilUtdanning("Bachelorgrad", "Helse og omsorg", "Syria", new BigDecimal("3.0"), true);
            k.setAndreFerdigheter("Førerkort klasse B");
            k.setInteresser("Fotball, matlaging");
            k.setStatus(KompetanseStatus.NOTAT_FULLFORT);
            k.registrerKarriereveiledning("Anbefalt godkjenning av utdanning.", LocalDate.of(2025, 11, 3));
            em.persist(k);
            return k;
        }).getId();

        assertEquals(List.of(
                        Arrays.asList(personId, Kilde.IMDI, LocalDate.of(2025, 10, 1), KompetanseStatus.NOTAT_FULLFORT,
                                "Førerkort klasse B", "Fotball, matlaging", "Anbefalt godkjenning av utdanning.",
                                LocalDate.of(2025, 11, 3)),
                        Arrays.asList("Arabisk", "Svært godt", "Godt", true),
                        Arrays.asList("Engelsk", "Middels", null, false),
                        Arrays.asList("Sykepleier", new BigDecimal("6.5")),
                        Arrays.asList("Bachelorgrad", "Helse og omsorg", "Syria", new BigDecimal("3.0"), true)),
                tx.lesFraDatabasen(em -> {
                    Kompetanse k = em.find(Kompetanse.class, kompetanseId);
                    List<List<Object>> felter = new ArrayList<>();
                    felter.add(Arrays.asList(k.getPerson().getId(), k.getKilde(), k.getRegistrertDato(),
                            k.getStatus(), k.getAndreFerdigheter(), k.getInteresser(),
                            k.getKarriereveiledningNotat(), k.getKarriereveiledningDato()));
                    k.getSprak().stream()
                            .sorted(Comparator.comparing(s -> s.getSprak()))
                            .forEach(s -> felter.add(Arrays.asList(s.getSprak(), s.getMuntligNiva(),
                                    s.getSkriftligNiva(), s.isMorsmal())));
                    k.getYrker().forEach(y -> felter.add(Arrays.asList(y.getYrke(), y.getAntallAr())));
                    k.getUtdanninger().forEach(u -> felter.add(Arrays.asList(u.getNiva(), u.getFagfelt(),
                            u.getLand(), u.getAntallAr(), u.isFullfort())));
                    return felter;
                }));
    }

    @Test
    void innsynslogg() {
        long personId = nyPerson();
        long loggId = tx.kjor(em -> {
            Innsynslogg logg = new Innsynslogg(TID, "les", Handling.LES_PERSON, em.find(Person.class, personId),
                    null, "4204", "420401", "Grunndata");
            em.persist(logg);
            return logg;
        }).getId();
        assertEquals(Arrays.asList(TID, "les", Handling.LES_PERSON, personId, null, "4204", "420401", "Grunndata"),
                tx.lesFraDatabasen(em -> {
                    Innsynslogg l = em.find(Innsynslogg.class, loggId);
                    return Arrays.asList(l.getTidspunkt(), l.getBruker(), l.getHandling(), l.getPerson().getId(),
                            l.getTiltakId(), l.getKommuneNummer(), l.getBydelNummer(), l.getDetaljer());
                }));
    }

    @Test
    void iderKommerFraSekvenseneIBlokkerPaFemti() {
        long verdiFoer = tx.kjor(em -> ((Number) em.createNativeQuery("select last_value from mottak_seq")
                .getSingleResult()).longValue());
        List<Long> ider = tx.kjor(em -> {
            Kommune kommune = em.find(Kommune.class, "4204");
            List<Long> nye = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Mottak mottak = new Mottak("Sekvenstest " + i, kommune);
                em.persist(mottak);
                em.flush();
                nye.add(mottak.getId());
            }
            return nye;
        });
        long sisteVerdi = tx.kjor(em -> ((Number) em.createNativeQuery("select last_value from mottak_seq")
                .getSingleResult()).longValue());
        long steg = tx.kjor(em -> ((Number) em.createNativeQuery(
                "select increment_by from pg_sequences where sequencename = 'mottak_seq'").getSingleResult()).longValue());
        assertEquals(50, steg, "the sequence hands out blocks of fifty");
        // Three rows cost at most one call to the sequence (one block), not one call each.
        assertTrue(sisteVerdi - verdiFoer <= steg, "the sequence moved from " + verdiFoer + " to " + sisteVerdi);
        for (long id : ider) {
            assertTrue(id > 0 && id <= sisteVerdi, "id " + id + " utenfor sekvensen (" + sisteVerdi + ")");
        }
    }

    private long nyPerson() {
        String duf = Testdata.nyttDufNummer();
        return tx.kjor(em -> {
            Person person = new Person(duf, "Skjema", "Test", FODT, Kjonn.M, "Eritrea", em.find(Kommune.class, "4204"));
            em.persist(person);
            return person;
        }).getId();
    }

    private long nyOrdning() {
        long personId = nyPerson();
        return tx.kjor(em -> {
            Kategori kategori = new Kategori(em.find(Person.class, personId), KategoriType.KVALIFISERING_I_MOTTAK,
                    LocalDate.of(2026, 1, 5));
            Ordning ordning = kategori.leggTilOrdning(OrdningType.KVALIFISERING_MOTTAKSBEBOERE, null,
                    em.find(Kommune.class, "4204"), null);
            em.persist(kategori);
            return ordning;
        }).getId();
    }

    /** A valid number no other test has used (the database is shared with the other test classes). */
    private String ledigFodselsnummer() {
        // Individnummer 000–499 belong to births in 1900–1999.
        for (int i = (int) (System.nanoTime() % 500); ; i++) {
            String kandidat = Fodselsnummer.generer(FODT, i % 500, false).map(Fodselsnummer::verdi).orElse(null);
            if (kandidat != null && tx.kjor(em -> em.createQuery(
                    "select count(p) from Person p where p.fodselsnummer = :f", Long.class)
                    .setParameter("f", kandidat).getSingleResult()) == 0) {
                return kandidat;
            }
        }
    }
}
