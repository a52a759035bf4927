package no.nir.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DufNummerTest {

    @Test
    void parserMedMellomrom() {
        DufNummer duf = DufNummer.parse("2012 586975 61");
        assertEquals("201258697561", duf.verdi());
        assertEquals("2012 586975 61", duf.visning());
        assertEquals("2012 586975 61", duf.toString());
    }

    @Test
    void parserUtenMellomromOgTrimmer() {
        assertEquals(DufNummer.parse("2012 586975 61"), DufNummer.parse(" 201258697561 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20125869756", "2012586975612", "2012-586975-61", "2012 58697x 61"})
    void avviserFeilFormat(String tekst) {
        var feil = assertThrows(UgyldigIdentifikatorException.class, () -> DufNummer.parse(tekst));
        assertEquals("DUF-nummer må ha 12 siffer", feil.getMessage());
        assertFalse(DufNummer.erGyldig(tekst));
    }

    @Test
    void manglendeVerdi() {
        var feil = assertThrows(UgyldigIdentifikatorException.class, () -> DufNummer.parse("  "));
        assertEquals("DUF-nummer mangler", feil.getMessage());
        assertFalse(DufNummer.erGyldig(null));
    }

    @Test
    void erGyldig() {
        assertTrue(DufNummer.erGyldig("2012 586975 61"));
    }
}
