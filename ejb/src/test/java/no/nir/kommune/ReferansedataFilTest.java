package no.nir.kommune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Sjekker referansedatafilene under /db/data (fylker, kommuner, bydeler per 2024-01-01). */
class ReferansedataFilTest {

    /** Leser en ;-separert fil fra classpath, verifiserer header og returnerer radene uten header. */
    private static List<String[]> les(String fil, String forventetHeader) throws IOException {
        InputStream in = ReferansedataFilTest.class.getResourceAsStream("/db/data/" + fil);
        assertNotNull(in, "Fant ikke /db/data/" + fil + " på classpath");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertEquals(forventetHeader, reader.readLine(), fil + ": header");
            int kolonner = forventetHeader.split(";").length;
            List<String[]> rader = new ArrayList<>();
            String linje;
            while ((linje = reader.readLine()) != null) {
                String[] felt = linje.split(";", -1);
                assertEquals(kolonner, felt.length, fil + ": feil antall kolonner i '" + linje + "'");
                rader.add(felt);
            }
            return rader;
        }
    }

    /** nummer -> navn, og feiler ved duplikate nummer. */
    private static Map<String, String> navnPerNummer(String fil, List<String[]> rader) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] rad : rader) {
            assertEquals(null, map.put(rad[0], rad[1]), fil + ": duplikat nummer " + rad[0]);
        }
        return map;
    }

    @Test
    void fylker() throws IOException {
        Map<String, String> fylker = navnPerNummer("fylker.csv", les("fylker.csv", "nummer;navn"));
        assertEquals(15, fylker.size());
        fylker.keySet().forEach(nr -> assertTrue(nr.matches("\\d{2}"), "fylkesnummer " + nr));
        assertEquals("Oslo", fylker.get("03"));
        assertEquals("Østfold", fylker.get("31"));
        assertEquals("Akershus", fylker.get("32"));
        assertEquals("Buskerud", fylker.get("33"));
        assertEquals("Vestland", fylker.get("46"));
        assertEquals("Troms", fylker.get("55"));
        assertEquals("Finnmark", fylker.get("56"));
    }

    @Test
    void kommuner() throws IOException {
        Map<String, String> fylker = navnPerNummer("fylker.csv", les("fylker.csv", "nummer;navn"));
        List<String[]> rader = les("kommuner.csv", "nummer;navn;fylke");
        Map<String, String> kommuner = navnPerNummer("kommuner.csv", rader);
        assertEquals(357, kommuner.size());
        for (String[] rad : rader) {
            assertTrue(rad[0].matches("\\d{4}"), "kommunenummer " + rad[0]);
            assertTrue(!rad[1].isBlank(), "navn mangler for " + rad[0]);
            assertEquals(rad[0].substring(0, 2), rad[2], "fylke for " + rad[0]);
            assertTrue(fylker.containsKey(rad[2]), "ukjent fylke " + rad[2] + " for " + rad[0]);
        }
        Map<String, String> eksempler = Map.ofEntries(
                Map.entry("0301", "Oslo"), Map.entry("1103", "Stavanger"), Map.entry("4601", "Bergen"),
                Map.entry("5001", "Trondheim - Tråante"), Map.entry("4204", "Kristiansand"),
                Map.entry("3101", "Halden"), Map.entry("3201", "Bærum"), Map.entry("3301", "Drammen"),
                Map.entry("3901", "Horten"), Map.entry("4001", "Porsgrunn"), Map.entry("5501", "Tromsø"),
                Map.entry("5601", "Alta"), Map.entry("1580", "Haram"),
                Map.entry("5612", "Guovdageaidnu - Kautokeino"));
        eksempler.forEach((nr, navn) -> assertEquals(navn, kommuner.get(nr), "navn for " + nr));
    }

    @Test
    void bydeler() throws IOException {
        Map<String, String> kommuner = navnPerNummer("kommuner.csv", les("kommuner.csv", "nummer;navn;fylke"));
        List<String[]> rader = les("bydeler.csv", "nummer;navn;kommune");
        Map<String, String> bydeler = navnPerNummer("bydeler.csv", rader);
        for (String[] rad : rader) {
            assertTrue(rad[0].matches("\\d{6}"), "bydelsnummer " + rad[0]);
            assertTrue(rad[0].startsWith(rad[2]), rad[0] + " starter ikke med " + rad[2]);
            assertTrue(kommuner.containsKey(rad[2]), "ukjent kommune " + rad[2] + " for " + rad[0]);
        }
        Map<String, Long> perKommune = new LinkedHashMap<>();
        rader.forEach(rad -> perKommune.merge(rad[2], 1L, Long::sum));
        assertEquals(Map.of("0301", 17L, "1103", 9L, "4601", 8L, "5001", 4L), perKommune);
        assertEquals("Gamle Oslo", bydeler.get("030101"));
        assertEquals("Søndre Nordstrand", bydeler.get("030115"));
        assertEquals("Sentrum", bydeler.get("030116"));
        assertEquals("Marka", bydeler.get("030117"));
        assertEquals("Arna", bydeler.get("460101"));
        assertEquals("Åsane", bydeler.get("460108"));
        assertEquals("Midtbyen", bydeler.get("500101"));
        assertEquals("Heimdal", bydeler.get("500104"));
        assertEquals("Hundvåg", bydeler.get("110301"));
        assertEquals("Rennesøy", bydeler.get("110309"));
    }
}
