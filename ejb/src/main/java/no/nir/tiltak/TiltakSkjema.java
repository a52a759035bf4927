package no.nir.tiltak;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the Tiltak dialog submits. The annotations check each field alone; {@link TiltakService}
 * adds the checks that need several fields, the catalogue or the ordning. The component names are
 * the field keys of {@link TiltakValideringException}.
 *
 * @param gjennomforing null keeps the default (Ikke registrert) where the type records it
 * @param mottattTilbud null keeps the default (false) where the type records it
 */
public record TiltakSkjema(
        @NotBlank(message = "Tiltaksgruppe må velges.") String gruppeKode,
        @NotBlank(message = "Tiltakstype må velges.") String typeKode,
        boolean erstattende,
        @NotNull(message = "Fra dato må fylles ut.") LocalDate fraDato,
        @NotNull(message = "Til dato må fylles ut.") LocalDate tilDato,
        @NotNull(message = "Antall timer per uke må fylles ut.")
        @DecimalMin(value = "0", inclusive = false, message = "Antall timer per uke må være større enn 0.")
        @DecimalMax(value = TiltakSkjema.MAKS_TIMER_PER_UKE, message = "Antall timer per uke kan ikke være mer enn 40.")
        @Digits(integer = 2, fraction = 1, message = "Antall timer per uke kan ha høyst én desimal.")
        BigDecimal timerPerUke,
        Gjennomforing gjennomforing,
        Boolean mottattTilbud) implements Serializable {

    /** The most hours a tiltak may have per week (also a CHECK in the database). */
    public static final String MAKS_TIMER_PER_UKE = "40";

    public static final String GRUPPE = "gruppeKode";
    public static final String TYPE = "typeKode";
    public static final String FRA = "fraDato";
    public static final String TIL = "tilDato";
    public static final String TIMER = "timerPerUke";
    public static final String GJENNOMFORING = "gjennomforing";
    public static final String MOTTATT_TILBUD = "mottattTilbud";
    /** Errors that belong to no single field (stale edit, wrong ordning). */
    public static final String SKJEMA = "skjema";
}
