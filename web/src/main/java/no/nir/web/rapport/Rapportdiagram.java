package no.nir.web.rapport;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import no.nir.tiltak.Tiltaksrapport;
import no.nir.tiltak.TiltaksrapportMaaned;

/**
 * The report's two charts as Chart.js configurations for PrimeFaces' p:chart: persons in the
 * ordning (bars) with the share that had tiltak (line, own axis), and the hours per tiltaksgruppe
 * stacked month by month. Norwegian labels; no animation, so a chart is complete at once on screen,
 * in print and in screenshots. The table under each chart carries the same numbers.
 */
public final class Rapportdiagram {

    static final DateTimeFormatter MAANED = DateTimeFormatter.ofPattern("MMM yyyy", Locale.forLanguageTag("nb-NO"));
    /** Distinguishable colours with enough contrast against white (Okabe–Ito, darkened). */
    private static final List<String> FARGER = List.of("#0b5394", "#b45f06", "#38761d", "#741b47", "#5b5b5b",
            "#1c7c8c", "#99001c");

    private Rapportdiagram() {
    }

    public static String personer(Tiltaksrapport rapport) {
        if (rapport == null) {
            return null;
        }
        JsonArrayBuilder datasett = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "line").add("label", "Andel med tiltak (%)")
                        .add("data", tall(rapport, TiltaksrapportMaaned::andelMedTiltak)).add("yAxisID", "andel")
                        .add("borderColor", FARGER.get(1)).add("backgroundColor", FARGER.get(1)).add("order", 0))
                .add(Json.createObjectBuilder().add("type", "bar").add("label", "Personer i ordningen")
                        .add("data", tall(rapport, m -> BigDecimal.valueOf(m.personer()))).add("yAxisID", "personer")
                        .add("backgroundColor", FARGER.get(0)).add("order", 1));
        JsonObjectBuilder skalaer = Json.createObjectBuilder()
                .add("personer", akse("Personer", "left").add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))
                .add("andel", akse("Andel med tiltak (%)", "right").add("min", 0).add("max", 100)
                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
        return konfigurasjon("bar", rapport, datasett, skalaer, "Personer i ordningen og andel med tiltak");
    }

    public static String timer(Tiltaksrapport rapport) {
        if (rapport == null) {
            return null;
        }
        JsonArrayBuilder datasett = Json.createArrayBuilder();
        for (int i = 0; i < rapport.grupper().size(); i++) {
            int gruppe = i;
            datasett.add(Json.createObjectBuilder().add("label", rapport.grupper().get(i).navn())
                    .add("data", tall(rapport, m -> m.timerPerGruppe().get(gruppe)))
                    .add("backgroundColor", FARGER.get(i % FARGER.size())));
        }
        JsonObjectBuilder skalaer = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", true))
                .add("y", akse("Timer per uke (sum for alle personer)", "left").add("stacked", true).add("beginAtZero", true));
        return konfigurasjon("bar", rapport, datasett, skalaer, "Tilbudte timer per uke etter tiltaksgruppe");
    }

    private static String konfigurasjon(String type, Tiltaksrapport rapport, JsonArrayBuilder datasett,
                                        JsonObjectBuilder skalaer, String tittel) {
        JsonArrayBuilder etiketter = Json.createArrayBuilder();
        rapport.maaneder().forEach(m -> etiketter.add(MAANED.format(m.maaned())));
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", etiketter).add("datasets", datasett))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("locale", "nb-NO")
                        .add("scales", skalaer)
                        .add("plugins", Json.createObjectBuilder()
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", tittel))
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    private static JsonObjectBuilder akse(String tittel, String side) {
        return Json.createObjectBuilder().add("position", side)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", tittel));
    }

    private static JsonArrayBuilder tall(Tiltaksrapport rapport, Function<TiltaksrapportMaaned, BigDecimal> verdi) {
        JsonArrayBuilder tall = Json.createArrayBuilder();
        rapport.maaneder().forEach(m -> tall.add(verdi.apply(m)));
        return tall;
    }
}
