package no.nir.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FodselsnummerTest {

    @Test
    void gyldigFodselsnummer() {
        Fodselsnummer fnr = Fodselsnummer.parse("010190 12480");
        assertEquals("01019012480", fnr.verdi());
        assertEquals("010190 12480", fnr.visning());
        assertEquals("010190 12480", fnr.toString(), "logs and pages show it spaced");
        assertEquals(LocalDate.of(1990, 1, 1), fnr.fodselsdato());
        assertFalse(fnr.erDNummer());
    }

    @Test
    void dNummer() {
        Fodselsnummer dnr = Fodselsnummer.parse("55019012300");
        assertTrue(dnr.erDNummer());
        assertEquals(LocalDate.of(1990, 1, 15), dnr.fodselsdato());
        assertEquals(LocalDate.of(1990, 1, 1), Fodselsnummer.parse("41019012393").fodselsdato());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "31129949980, 1999-12-31",  // 000-499: 1900-tallet
            "15056060062, 1860-05-15",  // 500-749 og år 54-99: 1800-tallet
            "15051080057, 2010-05-15",  // 500-999 og år 00-39: 2000-tallet
            "01010050053, 2000-01-01",
            "15054595066, 1945-05-15",  // 900-999 og år 40-99: 1900-tallet
    })
    void aarhundreFraIndividnummer(String fnr, LocalDate fodselsdato) {
        assertEquals(fodselsdato, Fodselsnummer.parse(fnr).fodselsdato());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "01019012481, Fødselsnummeret har ugyldige kontrollsifre",
            "01019012470, Fødselsnummeret har ugyldige kontrollsifre",
            "0101901248, Fødselsnummeret må ha 11 siffer",
            "010190124800, Fødselsnummeret må ha 11 siffer",
            "0101901248a, Fødselsnummeret kan bare inneholde siffer",
            "15054580026, Fødselsnummeret har ugyldig fødselsdato",  // 750-899 er ikke i bruk for år 40-99
            "30029012373, Fødselsnummeret har ugyldig fødselsdato",  // 30. februar
            "29020150260, Fødselsnummeret har ugyldig fødselsdato",  // 2001 er ikke skuddår
    })
    void avviser(String fnr, String melding) {
        var feil = assertThrows(UgyldigIdentifikatorException.class, () -> Fodselsnummer.parse(fnr));
        assertEquals(melding, feil.getMessage());
        assertFalse(Fodselsnummer.erGyldig(fnr));
    }

    @Test
    void manglendeVerdi() {
        var feil = assertThrows(UgyldigIdentifikatorException.class, () -> Fodselsnummer.parse(null));
        assertEquals("Fødselsnummer mangler", feil.getMessage());
    }

    @Test
    void genererGirGyldigeKontrollsifre() {
        assertEquals(Optional.of(new Fodselsnummer("01019012480")),
                Fodselsnummer.generer(LocalDate.of(1990, 1, 1), 124, false));
        assertEquals(Optional.of(new Fodselsnummer("55019012300")),
                Fodselsnummer.generer(LocalDate.of(1990, 1, 15), 123, true));
    }

    @Test
    void genererGirTomtNaarKontrollsifferIkkeFinnes() {
        assertEquals(Optional.empty(), Fodselsnummer.generer(LocalDate.of(1990, 1, 1), 123, false));
    }

    @Test
    void genererAvviserIndividnummerFraFeilAarhundre() {
        assertThrows(IllegalArgumentException.class, () -> Fodselsnummer.generer(LocalDate.of(2010, 5, 15), 100, false));
        assertThrows(IllegalArgumentException.class, () -> Fodselsnummer.generer(LocalDate.of(1990, 5, 15), 1000, false));
    }

    @ParameterizedTest(name = "born {0}, individnummer {1}")
    @CsvSource({
            "1960, 499",  // 000–499: 1900s
            "1860, 500",  // 500–749 with year 54–99: 1800s
            "1854, 749",
            "2039, 500",  // 500–999 with year 00–39: 2000s
            "2039, 999",
            "1940, 900",  // 900–999 with year 40–99: 1900s
            "1999, 0",
            "1999, 999",
    })
    void individnummeretsGrenserForAarhundret(int aar, int individ) {
        Fodselsnummer fnr = medKontrollsifre(aar, individ);
        assertEquals(aar, fnr.fodselsdato().getYear());
        assertTrue(Fodselsnummer.erGyldig(fnr.verdi()));
    }

    @ParameterizedTest(name = "born {0}, individnummer {1}: not issued")
    @CsvSource({"1960, 500", "1853, 600", "1954, 750", "2040, 800", "1940, 899", "1999, -1", "1999, 1000"})
    void individnummerUtenforSerien(int aar, int individ) {
        assertThrows(IllegalArgumentException.class, () -> Fodselsnummer.generer(LocalDate.of(aar, 1, 1), individ, false));
    }

    /** The first day of the year that has valid check digits with this individnummer. */
    private static Fodselsnummer medKontrollsifre(int aar, int individ) {
        for (LocalDate d = LocalDate.of(aar, 1, 1); d.getYear() == aar; d = d.plusDays(1)) {
            Optional<Fodselsnummer> fnr = Fodselsnummer.generer(d, individ, false);
            if (fnr.isPresent()) {
                return fnr.get();
            }
        }
        throw new AssertionError("no valid number in " + aar + " with " + individ);
    }

    @Test
    void genererteNummerKanLesesTilbake() {
        LocalDate dato = LocalDate.of(2016, 2, 29);
        int laget = 0;
        for (int individ = 500; individ < 600; individ++) {
            for (boolean d : new boolean[] {false, true}) {
                Optional<Fodselsnummer> fnr = Fodselsnummer.generer(dato, individ, d);
                if (fnr.isPresent()) {
                    laget++;
                    assertEquals(dato, fnr.get().fodselsdato());
                    assertEquals(d, fnr.get().erDNummer());
                }
            }
        }
        assertTrue(laget > 100);
    }
}
