package no.nir.tiltak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TimerTest {

    @Test
    void timerPerUkeMedDesimalkomma() {
        assertEquals("7,5", Timer.tekst(new BigDecimal("7.50")));
        assertEquals("25", Timer.tekst(new BigDecimal("25.0")));
        assertEquals("", Timer.tekst(null));
    }

    @Test
    void maanedsgjennomsnittSomISpesifikasjonen() {
        assertEquals("25.53", Timer.gjennomsnitt(new BigDecimal("25.5263")));
        assertEquals("0.00", Timer.gjennomsnitt(BigDecimal.ZERO));
    }
}
