package no.nir.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.nir.kompetanse.Kilde;
import no.nir.kompetanse.KompetanseStatus;

/** A person's kompetanse with språk, yrke and utdanning, at one of the steps of the status line. */
final class Kompetansegenerator {

    private static final List<String> NIVAER = List.of("Ingen", "Litt", "Middels", "Godt", "Svært godt");
    private static final List<String> ANDRE_SPRAK = List.of("Engelsk", "Norsk", "Fransk", "Russisk", "Tysk");
    private static final List<String> YRKER = List.of("Sykepleier", "Lærer", "Snekker", "Elektriker", "Sjåfør",
            "Kokk", "Frisør", "Regnskapsfører", "Ingeniør", "Bonde", "Butikkmedarbeider", "Mekaniker",
            "Helsefagarbeider", "Renholder", "Skredder", "Murer", "IT-konsulent", "Lege", "Farmasøyt",
            "Barnehageassistent");
    private static final List<String> UTDANNINGSNIVAER = List.of("Grunnskole", "Videregående skole",
            "Fagutdanning", "Bachelorgrad", "Mastergrad");
    private static final List<String> FAGFELT = List.of("Helse og omsorg", "Pedagogikk", "Økonomi og administrasjon",
            "Bygg og anlegg", "Elektrofag", "Informatikk", "Landbruk", "Jus", "Språk og litteratur", "Teknologi");
    private static final List<String> FERDIGHETER = List.of("Førerkort klasse B", "Truckførerbevis",
            "Erfaring med regnskapsprogrammer", "Kan sy og reparere klær", "Erfaring med barn og unge",
            "Grunnleggende data- og kontorverktøy", "Matlaging for store grupper", "Førstehjelpskurs");
    private static final List<String> INTERESSER = List.of("Fotball", "Matlaging", "Lesing", "Musikk", "Friluftsliv",
            "Frivillig arbeid", "Håndarbeid", "Data og teknologi", "Hagearbeid", "Svømming");
    private static final List<String> NOTATER = List.of(
            "Ønsker å bygge videre på yrkeserfaringen sin. Anbefalt godkjenning av utdanning og norskopplæring"
                    + " med mål om arbeid innen faget.",
            "Motivert for arbeid raskt. Anbefalt jobbsøkerkurs og praksis i bransjen kombinert med norskopplæring.",
            "Har lite formell utdanning. Anbefalt grunnskoleopplæring og realkompetansevurdering.",
            "Ønsker høyere utdanning i Norge. Anbefalt norsk- og engelskopplæring mot opptak til universitet.",
            "Har helseutfordringer som må avklares før arbeidsrettede tiltak. Følges opp sammen med fastlege.");

    private final Tabell kompetanser = new Tabell("kompetanse", "id, person_id, kilde, registrert_dato, status,"
            + " andre_ferdigheter, interesser, karriereveiledning_notat, karriereveiledning_dato");
    private final Tabell sprak = new Tabell("kompetanse_sprak",
            "id, kompetanse_id, sprak, muntlig_niva, skriftlig_niva, morsmal");
    private final Tabell yrker = new Tabell("kompetanse_yrke", "id, kompetanse_id, yrke, antall_ar");
    private final Tabell utdanninger = new Tabell("kompetanse_utdanning",
            "id, kompetanse_id, niva, fagfelt, land, antall_ar, fullfort");
    private final IdSekvens kompetanseIder;
    private final IdSekvens sprakIder;
    private final IdSekvens yrkeIder;
    private final IdSekvens utdanningIder;
    private final Tilfeldig tilfeldig;
    private final LocalDate idag;

    Kompetansegenerator(Connection connection, Tilfeldig tilfeldig, LocalDate idag) {
        this.tilfeldig = tilfeldig;
        this.idag = idag;
        this.kompetanseIder = new IdSekvens(connection, "kompetanse_seq");
        this.sprakIder = new IdSekvens(connection, "kompetanse_sprak_seq");
        this.yrkeIder = new IdSekvens(connection, "kompetanse_yrke_seq");
        this.utdanningIder = new IdSekvens(connection, "kompetanse_utdanning_seq");
    }

    /** Writes the kompetanse and returns its status (null: registered, status line not started). */
    KompetanseStatus nyKompetanse(long personId, Land land, LocalDate tillatelse) throws SQLException {
        long id = kompetanseIder.neste();
        KompetanseStatus status = status();
        LocalDate registrert = tillatelse.plusDays(tilfeldig.tall(
                (int) Math.max(1, Math.min(120, ChronoUnit.DAYS.between(tillatelse, idag) + 1))));
        String notat = null;
        LocalDate notatDato = null;
        if (status == KompetanseStatus.NOTAT_PABEGYNT || status == KompetanseStatus.NOTAT_FULLFORT) {
            notat = tilfeldig.velg(NOTATER);
            long dagerIgjen = ChronoUnit.DAYS.between(registrert, idag);
            notatDato = registrert.plusDays(tilfeldig.tall((int) Math.min(90, dagerIgjen) + 1));
        }
        kompetanser.rad(id, personId, tilfeldig.prosent(70) ? Kilde.SELVREGISTRERT : Kilde.IMDI, registrert,
                status, tilfeldig.prosent(70) ? tilfeldig.velg(FERDIGHETER) : null,
                tilfeldig.prosent(80)
                        ? tilfeldig.velg(INTERESSER) + ", " + tilfeldig.velg(INTERESSER).toLowerCase() : null,
                notat, notatDato);

        sprak.rad(sprakIder.neste(), id, land.morsmal(), "Svært godt", tilfeldig.velg(NIVAER.subList(2, 5)), true);
        for (int i = tilfeldig.tall(3); i > 0; i--) {
            sprak.rad(sprakIder.neste(), id, tilfeldig.velg(ANDRE_SPRAK), tilfeldig.velg(NIVAER),
                    tilfeldig.velg(NIVAER), false);
        }
        for (int i = tilfeldig.tall(3); i > 0; i--) {
            yrker.rad(yrkeIder.neste(), id, tilfeldig.velg(YRKER), ar(25));
        }
        for (int i = 1 + tilfeldig.tall(2); i > 0; i--) {
            String niva = tilfeldig.velg(UTDANNINGSNIVAER);
            utdanninger.rad(utdanningIder.neste(), id, niva, niva.equals("Grunnskole") ? null : tilfeldig.velg(FAGFELT),
                    land.statsborgerskap(), ar(9), tilfeldig.prosent(75));
        }
        return status;
    }

    private KompetanseStatus status() {
        int r = tilfeldig.tall(100);
        if (r < 10) {
            return null;
        }
        if (r < 45) {
            return KompetanseStatus.SELVREGISTRERT_MOTTATT;
        }
        return r < 70 ? KompetanseStatus.NOTAT_PABEGYNT : KompetanseStatus.NOTAT_FULLFORT;
    }

    /** Years with at most one decimal, half years being the usual. */
    private BigDecimal ar(int maks) {
        return BigDecimal.valueOf(1 + tilfeldig.tall(maks * 2), 1).multiply(BigDecimal.valueOf(5));
    }


    /** The rows made since the last call, parents before children. */
    List<Tabell.Copy> ta() {
        return Stream.of(kompetanser, sprak, yrker, utdanninger).flatMap(t -> t.ta().stream()).toList();
    }

    Map<String, Long> antall() {
        Map<String, Long> antall = new LinkedHashMap<>();
        for (Tabell tabell : List.of(kompetanser, sprak, yrker, utdanninger)) {
            antall.put(tabell.navn(), tabell.antall());
        }
        return antall;
    }
}
