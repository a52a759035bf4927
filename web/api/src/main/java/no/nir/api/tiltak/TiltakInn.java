package no.nir.api.tiltak;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import no.nir.tiltak.Gjennomforing;
import no.nir.tiltak.TiltakSkjema;
import no.nir.tiltak.TiltakValideringException;

/**
 * The body of a create or edit: the fields of the Tiltak dialog under the same names, so a 400
 * names the same field with the same message as the dialog.
 */
public record TiltakInn(String gruppeKode, String typeKode, Boolean erstattende, LocalDate fraDato,
                        LocalDate tilDato, BigDecimal timerPerUke, String gjennomforing, Boolean mottattTilbud) {

    public TiltakSkjema skjema() {
        return new TiltakSkjema(gruppeKode, typeKode, Boolean.TRUE.equals(erstattende), fraDato, tilDato, timerPerUke,
                gjennomforing(gjennomforing), mottattTilbud);
    }

    /** The dialog offers only known values; over HTTP an unknown one is the field's error. */
    private static Gjennomforing gjennomforing(String verdi) {
        if (verdi == null) {
            return null;
        }
        return Arrays.stream(Gjennomforing.values()).filter(g -> g.name().equals(verdi)).findFirst()
                .orElseThrow(() -> new TiltakValideringException(Map.of(TiltakSkjema.GJENNOMFORING,
                        "Gjennomføring må være IKKE_REGISTRERT, GJENNOMFORT eller IKKE_GJENNOMFORT.")));
    }
}
