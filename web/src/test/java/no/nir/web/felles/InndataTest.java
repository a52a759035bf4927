package no.nir.web.felles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InndataTest {

    @Test
    void idErBareAsciiSiffer() {
        assertTrue(Inndata.erId("16"));
        assertTrue(Inndata.erId("9".repeat(18)));
        for (String id : new String[] {null, "", " 16", "16 ", "+16", "-1", "1e3", "١٦", "１６", "9".repeat(19), "16\u0000"}) {
            assertFalse(Inndata.erId(id), String.valueOf(id));
        }
    }

    @Test
    void kontrolltegnFinnes() {
        for (String tekst : new String[] {"a\u0000b", "\t", "\n", "\r", "\u007f", "\u0085"}) {
            assertTrue(Inndata.harKontrolltegn(tekst), tekst);
        }
        assertFalse(Inndata.harKontrolltegn("Ærlig Ødegård-Åsen \uD83D\uDE00"));
    }

    @Test
    void tekstparameterFallerTilbakeTilStandard() {
        assertEquals("Ola", Inndata.tekstParameter(" Ola ", 100));
        assertNull(Inndata.tekstParameter("a\u0000b", 100));
        assertNull(Inndata.tekstParameter("x".repeat(101), 100));
        assertNull(Inndata.tekstParameter("   ", 100));
        assertNull(Inndata.tekstParameter(null, 100));
    }

    @Test
    void sideErEttForAltAnnetEnnEtPositivtTall() {
        assertEquals(3, Inndata.side("3"));
        for (String side : new String[] {null, "", "0", "00", "-1", "abc", "١", "1e3", "9999999"}) {
            assertEquals(1, Inndata.side(side), String.valueOf(side));
        }
    }
}
