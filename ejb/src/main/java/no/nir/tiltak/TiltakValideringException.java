package no.nir.tiltak;

import jakarta.ejb.ApplicationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tiltak was not saved: one Norwegian message per field (keys as in {@link TiltakSkjema}), so
 * the dialog can show each beside its field. Rolls the transaction back, so nothing is saved.
 */
@ApplicationException(rollback = true)
public class TiltakValideringException extends RuntimeException {

    private final LinkedHashMap<String, String> feil;

    public TiltakValideringException(Map<String, String> feil) {
        super(String.join(" ", feil.values()));
        this.feil = new LinkedHashMap<>(feil);
    }

    public static TiltakValideringException skjema(String melding) {
        return new TiltakValideringException(Map.of(TiltakSkjema.SKJEMA, melding));
    }

    /** Field key to message, in the order the checks found them. */
    public Map<String, String> feil() {
        return feil;
    }
}
