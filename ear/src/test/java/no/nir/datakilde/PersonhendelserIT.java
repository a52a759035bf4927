package no.nir.datakilde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import no.nir.api.klient.ApiException;
import no.nir.api.klient.DatakilderApi;
import no.nir.api.klient.OrdningerApi;
import no.nir.api.klient.PersonerApi;
import no.nir.api.klient.PersonlisterApi;
import no.nir.api.klient.modell.Dodbrev;
import no.nir.api.klient.modell.KategoriType;
import no.nir.api.klient.modell.Lovverk;
import no.nir.api.klient.modell.Ordning;
import no.nir.api.klient.modell.OrdningStatus;
import no.nir.api.klient.modell.OrdningType;
import no.nir.api.klient.modell.Personliste;
import no.nir.test.Testdata;
import no.nir.test.Vent;
import no.nir.test.http.Apiklient;
import no.nir.test.http.Hendelser;
import no.nir.test.http.HttpOkt;
import no.nir.test.http.Klienttest;
import org.junit.jupiter.api.Test;

/**
 * The upstream registers' events through the real queue of the managed WildFly (sent as an
 * application in the server sends them), checked as caseworkers and operators see the result: the
 * JSON API, the Grunndata page and the report's CSV file.
 */
class PersonhendelserIT extends Klienttest {

    private static final Duration ANVENDT = Duration.ofSeconds(30);
    /** Five deliveries 1, 2, 4 and 8 s apart, on a loaded machine. */
    private static final Duration DODBREV = Duration.ofSeconds(90);
    private static final LocalDate IDAG = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private static final LocalDate FODT = LocalDate.of(1990, 5, 17);

    private final long mottak = Hendelser.mottakId("4204");

    @Test
    void nyPersonKommerIRettListeMedRettKategori() throws Exception {
        String duf = Testdata.nyttDufNummer();
        Hendelser.send(
                Hendelser.nyPersonIMottak(Hendelser.nyId("udi"), Hendelser.tidspunkt(10), duf, "Amina", "Hendelsesen", FODT, mottak),
                Hendelser.tillatelse(Hendelser.nyId("udi"), Hendelser.tidspunkt(5), duf, IDAG.minusMonths(1)));

        long person = personMedTillatelse(duf);
        Personliste liste = new PersonlisterApi(Apiklient.som("les")).hentPersonliste(Lovverk.INTEGRERINGSLOVEN, null,
                KategoriType.KVALIFISERING_I_MOTTAK, null, null, null, "4204", null, duf, null, null, null, null, null, null);
        assertEquals(2, liste.getTotalt(), "Kvalifisering for mottaksbeboere and Kompetansekartlegging");
        liste.getRader().forEach(r -> {
            assertEquals(person, r.getPersonId());
            assertEquals(KategoriType.KVALIFISERING_I_MOTTAK, r.getKategori());
            assertEquals(IDAG.minusMonths(1), r.getKategoriFra());
        });
        // Bergen's caseworker does not see a Kristiansand resident.
        assertEquals(0, new PersonlisterApi(Apiklient.som("bergen")).hentPersonliste(Lovverk.INTEGRERINGSLOVEN, null,
                KategoriType.KVALIFISERING_I_MOTTAK, null, null, null, null, null, duf, null, null, null, null, null, null)
                .getTotalt());
    }

    @Test
    void bosattLukkerKvalifiseringIMottakOgApnerIntroduksjonsprogramMedFrist() throws Exception {
        String duf = Testdata.nyttDufNummer();
        long personerForMottak = rapportPersoner("4204");
        String nyPerson = Hendelser.nyId("udi");
        Hendelser.send(
                Hendelser.nyPersonIMottak(nyPerson, Hendelser.tidspunkt(60), duf, "Samir", "Bosettesen", FODT, mottak),
                Hendelser.tillatelse(Hendelser.nyId("udi"), Hendelser.tidspunkt(50), duf, IDAG.minusMonths(2)));
        long person = personMedTillatelse(duf);
        assertEquals(personerForMottak + 1, rapportPersoner("4204"), "the report counts the new resident this month");

        LocalDate bosatt = IDAG.minusDays(3);
        String bosetting = Hendelser.nyId("imdi");
        Hendelser.send(Hendelser.bosatt(bosetting, Hendelser.tidspunkt(1), duf, "4204", bosatt));

        List<Ordning> ordninger = Vent.paa("Introduksjonsprogram", ANVENDT, () -> {
            List<Ordning> alle = new OrdningerApi(Apiklient.som("les")).hentOrdninger(person);
            return alle.stream().anyMatch(o -> o.getType() == OrdningType.INTRODUKSJONSPROGRAM)
                    ? Optional.of(alle) : Optional.empty();
        });
        Ordning kvalifisering = ordning(ordninger, OrdningType.KVALIFISERING_MOTTAKSBEBOERE);
        assertEquals(bosatt, kvalifisering.getTil());
        assertEquals(OrdningStatus.INAKTIV, kvalifisering.getStatus());
        Ordning intro = ordning(ordninger, OrdningType.INTRODUKSJONSPROGRAM);
        assertEquals(bosatt, intro.getFra());
        assertNull(intro.getTil());
        assertEquals(OrdningStatus.AKTIV, intro.getStatus());
        assertEquals(bosatt.plusMonths(3), intro.getFrist());
        assertEquals(personerForMottak + 1, rapportPersoner("4204"), "the closed ordning still counts in its last month");

        // The caseworker sees where each change came from.
        HttpOkt okt = okt("les");
        String side = okt.get("person/grunndata.xhtml?id=" + person).body();
        assertTrue(side.contains(bosetting) && side.contains(nyPerson), "the events' ids on Grunndata");
        assertTrue(side.contains("IMDi") && side.contains("UDI"), "the sources on Grunndata");
        assertTrue(side.contains("Bosatt i Kristiansand fra " + bosatt.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))),
                "what changed, in words");
    }

    @Test
    void enHendelseLevertToGangerEndrerIngenting() throws Exception {
        String duf = Testdata.nyttDufNummer();
        Hendelser.send(
                Hendelser.nyPersonIMottak(Hendelser.nyId("udi"), Hendelser.tidspunkt(10), duf, "Hawa", "Tovelde", FODT, mottak),
                Hendelser.tillatelse(Hendelser.nyId("udi"), Hendelser.tidspunkt(9), duf, IDAG.minusMonths(1)));
        long person = personMedTillatelse(duf);
        String navneendring = Hendelser.nyId("freg");
        Hendelser.send(Hendelser.navnEndret(navneendring, Hendelser.tidspunkt(5), duf, "Hawa", "Endretsen"));
        Vent.paa("det nye navnet", ANVENDT, () -> Optional.of(fornavnEtternavn(person)).filter("Hawa Endretsen"::equals));

        // The same event id again, even with other content (a sender's retry after a timeout), and the
        // first delivery once more: nothing changes.
        Hendelser.send(Hendelser.navnEndret(navneendring, Hendelser.tidspunkt(4), duf, "Hawa", "Duplikatsen"),
                Hendelser.navnEndret(navneendring, Hendelser.tidspunkt(5), duf, "Hawa", "Endretsen"));
        String merke = Hendelser.nyId("freg");
        Hendelser.send(Hendelser.tillatelse(merke, Hendelser.tidspunkt(3), duf, IDAG.minusMonths(1)));
        HttpOkt okt = okt("les");
        String side = Vent.paa("hendelsen etter duplikatene", ANVENDT, () -> Optional.of(
                okt.get("person/grunndata.xhtml?id=" + person).body()).filter(s -> s.contains(merke)));
        assertEquals("Hawa Endretsen", fornavnEtternavn(person));
        assertEquals(1, side.split(navneendring, -1).length - 1, "one history line for the event id");
        assertFalse(side.contains("Duplikatsen"));
    }

    @Test
    void enEldreHendelseRegistreresMenOverskriverIkke() throws Exception {
        String duf = Testdata.nyttDufNummer();
        Hendelser.send(
                Hendelser.nyPersonIMottak(Hendelser.nyId("udi"), Hendelser.tidspunkt(100), duf, "Lina", "Eldstesen", FODT, mottak),
                Hendelser.tillatelse(Hendelser.nyId("udi"), Hendelser.tidspunkt(90), duf, IDAG.minusMonths(1)),
                Hendelser.navnEndret(Hendelser.nyId("freg"), Hendelser.tidspunkt(10), duf, "Lina", "Nyestesen"));
        long person = personMedTillatelse(duf);
        Vent.paa("det nyeste navnet", ANVENDT, () -> Optional.of(fornavnEtternavn(person)).filter("Lina Nyestesen"::equals));
        String eldre = Hendelser.nyId("freg");
        Hendelser.send(Hendelser.navnEndret(eldre, Hendelser.tidspunkt(50), duf, "Lina", "Mellomsen"));

        HttpOkt okt = okt("les");
        String side = Vent.paa("den eldre hendelsen i historikken", ANVENDT, () -> Optional.of(
                okt.get("person/grunndata.xhtml?id=" + person).body()).filter(s -> s.contains(eldre)));
        assertEquals("Lina Nyestesen", fornavnEtternavn(person));
        assertTrue(side.contains("Navn endret til Lina Mellomsen (ikke brukt"), "recorded as not applied");
    }

    @Test
    void enGiftigMeldingHavnerIKoenForFeiledeMedArsakMensDenNesteBrukes() throws Exception {
        String duf = Testdata.nyttDufNummer();
        String nesteDuf = Testdata.nyttDufNummer();
        String ukjentKommune = Hendelser.nyId("imdi");
        String forTidlig = Hendelser.nyId("udi");
        OffsetDateTime sendt = OffsetDateTime.now().minusSeconds(1);
        Hendelser.send("{\"hendelseId\": \"giftig\", dette er ikke JSON",
                Hendelser.bosatt(ukjentKommune, Hendelser.tidspunkt(5), nesteDuf, "9999", IDAG),
                // Its person is not registered yet.
                Hendelser.tillatelse(forTidlig, Hendelser.tidspunkt(20), duf, IDAG.minusMonths(1)),
                Hendelser.nyPersonIMottak(Hendelser.nyId("udi"), Hendelser.tidspunkt(30), nesteDuf, "Omar", "Neste",
                        FODT, mottak));

        // The event behind them is applied long before they are given up (1 + 2 + 4 + 8 s of retries).
        long neste = Vent.paa("personen bak de feilede", Duration.ofSeconds(10), () -> finn(nesteDuf));
        DatakilderApi drift = new DatakilderApi(Apiklient.som("drift"));
        assertTrue(drift.hentDodbrev().getDodbrev().stream().noneMatch(d -> ukjentKommune.equals(d.getHendelseId())),
                "still being retried when the next event is applied (person " + neste + ")");
        List<Dodbrev> feilede = Vent.paa("tre feilede hendelser", DODBREV, () -> {
            List<Dodbrev> alle = drift.hentDodbrev().getDodbrev().stream()
                    .filter(d -> ukjentKommune.equals(d.getHendelseId()) || forTidlig.equals(d.getHendelseId())
                            || "Ugyldig JSON".equals(d.getArsak()) && !d.getSendt().isBefore(sendt))
                    .toList();
            return alle.size() == 3 ? Optional.of(alle) : Optional.empty();
        });
        assertTrue(feilede.stream().anyMatch(d -> "Ugyldig JSON".equals(d.getArsak()) && d.getForsok() == 5));
        Dodbrev kommune = feilede.stream().filter(d -> ukjentKommune.equals(d.getHendelseId())).findFirst().orElseThrow();
        assertEquals("Ukjent kommune 9999", kommune.getArsak());
        assertEquals("IMDI", kommune.getKilde());
        assertEquals("BOSATT", kommune.getType());
        Dodbrev tidlig = feilede.stream().filter(d -> forTidlig.equals(d.getHendelseId())).findFirst().orElseThrow();
        assertTrue(tidlig.getArsak().startsWith("Ukjent DUF-nummer"), tidlig.getArsak());

        // Once the person is registered, the permit sent again is applied; the bad kommune is discarded.
        Hendelser.send(Hendelser.nyPersonIMottak(Hendelser.nyId("udi"), Hendelser.tidspunkt(30), duf, "Omar", "Etterpå",
                FODT, mottak));
        long person = Vent.paa("personen", ANVENDT, () -> finn(duf));
        assertNull(new PersonerApi(Apiklient.som("les")).hentPerson(person).getTillatelsesdato());
        drift.sendDodbrevPaaNytt(tidlig.getId());
        assertEquals(IDAG.minusMonths(1), Vent.paa("tillatelsen", ANVENDT, () -> Optional.ofNullable(
                new PersonerApi(Apiklient.som("les")).hentPerson(person).getTillatelsesdato())));
        drift.forkastDodbrev(kommune.getId());
        List<String> igjen = drift.hentDodbrev().getDodbrev().stream().map(Dodbrev::getId).toList();
        assertFalse(igjen.contains(kommune.getId()) || igjen.contains(tidlig.getId()));
        ApiException borte = assertThrows(ApiException.class, () -> drift.forkastDodbrev(kommune.getId()));
        assertEquals(404, borte.getCode());
        // Caseworkers may not see the dead letters.
        assertEquals(403, assertThrows(ApiException.class,
                () -> new DatakilderApi(Apiklient.som("imdi")).hentDodbrev()).getCode());
    }

    private static long personMedTillatelse(String duf) throws Exception {
        long person = Vent.paa("personen " + duf, ANVENDT, () -> finn(duf));
        Vent.paa("tillatelsen", ANVENDT, () -> Optional.ofNullable(
                new PersonerApi(Apiklient.som("les")).hentPerson(person).getTillatelsesdato()));
        return person;
    }

    private static Optional<Long> finn(String duf) throws ApiException {
        return new PersonerApi(Apiklient.som("les")).sokPersoner(duf).getTreff().stream()
                .map(t -> t.getId()).findFirst();
    }

    private static String fornavnEtternavn(long person) throws ApiException {
        var g = new PersonerApi(Apiklient.som("les")).hentPerson(person);
        return g.getFornavn() + " " + g.getEtternavn();
    }

    private static Ordning ordning(List<Ordning> ordninger, OrdningType type) {
        return ordninger.stream().filter(o -> o.getType() == type).findFirst().orElseThrow();
    }

    /** The report's persons in Kvalifisering for mottaksbeboere this month in the kommune (its CSV, as les). */
    private long rapportPersoner(String kommune) throws Exception {
        String maaned = YearMonth.from(IDAG).toString();
        HttpResponse<String> csv = okt("les").get("rapport-kvalifisering.csv?fra=" + maaned + "&til=" + maaned
                + "&kommune=" + kommune);
        assertEquals(200, csv.statusCode(), csv.body());
        String[] linjer = csv.body().split("\r?\n");
        return Long.parseLong(linjer[1].split(";")[3].replace("\"", "").trim());
    }
}
