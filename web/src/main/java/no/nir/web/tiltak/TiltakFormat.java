package no.nir.web.tiltak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import no.nir.tiltak.Gjennomforing;
import no.nir.tiltak.TiltakMaaned;
import no.nir.tiltak.TiltakSkjema;
import no.nir.tiltak.Timer;

/** How the tiltak area writes months, hours and dates; {@code #{tiltakFormat.…}} in the pages. */
@Named
@ApplicationScoped
public class TiltakFormat {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    private static final BigDecimal MAKS_TIMER = new BigDecimal(TiltakSkjema.MAKS_TIMER_PER_UKE);
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** "April 2021". */
    public String maanedsnavn(TiltakMaaned m) {
        String navn = m.maaned().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, BOKMAL);
        return navn.substring(0, 1).toUpperCase(BOKMAL) + navn.substring(1) + " " + m.aar();
    }

    public String timer(BigDecimal timer) {
        return Timer.tekst(timer);
    }

    public String gjennomsnitt(BigDecimal timer) {
        return Timer.gjennomsnitt(timer);
    }

    /** The month's bar, in percent of the most hours a tiltak may have per week. */
    public int stolpebredde(TiltakMaaned m) {
        return Math.min(100, m.gjennomsnitt().multiply(BigDecimal.valueOf(100)).divide(MAKS_TIMER, 0,
                RoundingMode.HALF_UP).intValue());
    }

    /** For message parameters, where a converter cannot be attached. */
    public String dato(LocalDate dato) {
        return dato == null ? "" : DATO.format(dato);
    }

    public Gjennomforing[] gjennomforinger() {
        return Gjennomforing.values();
    }
}
