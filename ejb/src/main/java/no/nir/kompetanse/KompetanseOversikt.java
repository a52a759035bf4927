package no.nir.kompetanse;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A person's Kompetanse, read only, fully loaded. The status line has every step in order. registrert is false when nothing has been
 * received for the person; the other fields are then empty.
 */
public record KompetanseOversikt(boolean registrert, Kilde kilde, LocalDate registrertDato, List<Steg> statuslinje,
                                 List<Sprak> sprak, List<Yrke> yrker, List<Utdanning> utdanninger,
                                 String andreFerdigheter, String interesser, String karriereveiledningNotat,
                                 LocalDate karriereveiledningDato) implements Serializable {

    public record Sprak(String sprak, String muntligNiva, String skriftligNiva, boolean morsmal) implements Serializable {
    }

    public record Yrke(String yrke, BigDecimal antallAr) implements Serializable {
    }

    public record Utdanning(String niva, String fagfelt, String land, BigDecimal antallAr, boolean fullfort)
            implements Serializable {
    }

    /** One step of the three-step status line and whether it is reached. */
    public record Steg(KompetanseStatus steg, boolean nadd) implements Serializable {
        public String tekst() {
            return steg.visningsnavn();
        }
    }

    public KompetanseOversikt {
        statuslinje = List.copyOf(statuslinje);
        sprak = List.copyOf(sprak);
        yrker = List.copyOf(yrker);
        utdanninger = List.copyOf(utdanninger);
    }

    public static KompetanseOversikt ingen() {
        List<Steg> ingenSteg = Arrays.stream(KompetanseStatus.values()).map(s -> new Steg(s, false)).toList();
        return new KompetanseOversikt(false, null, null, ingenSteg, List.of(), List.of(), List.of(), null, null, null,
                null);
    }
}
