package no.nir.tiltak;

import java.io.Serializable;
import java.util.List;

/**
 * The report on Kvalifisering for mottaksbeboere: one row per month, oldest first.
 *
 * @param omraade what it covers, e.g. "Hele landet", "Innlandet" or "Kongsvinger"
 * @param grupper the tiltaksgrupper in catalogue order; each row's hours come in this order
 */
public record Tiltaksrapport(Rapportvalg valg, String omraade, List<Gruppe> grupper, List<TiltaksrapportMaaned> maaneder)
        implements Serializable {

    public record Gruppe(String kode, String navn) implements Serializable {
    }

    public Tiltaksrapport {
        grupper = List.copyOf(grupper);
        maaneder = List.copyOf(maaneder);
    }
}
