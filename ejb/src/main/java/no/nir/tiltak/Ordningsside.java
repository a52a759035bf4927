package no.nir.tiltak;

import java.io.Serializable;
import java.util.List;
import no.nir.ordning.LovverkOrdninger;
import no.nir.ordning.OrdningDetaljer;
import no.nir.person.PersonHode;

/**
 * Everything an ordning page shows, from one call that checks the person once and reads the
 * ordning once: the header, the left menu's ordninger, the ordning, its month table and the
 * tiltak catalogue of the dialog.
 */
public record Ordningsside(PersonHode hode, List<LovverkOrdninger> meny, OrdningDetaljer ordning,
                           List<TiltakMaaned> maaneder, List<Tiltakstypevalg> katalog) implements Serializable {

    public Ordningsside {
        meny = List.copyOf(meny);
        maaneder = List.copyOf(maaneder);
        katalog = List.copyOf(katalog);
    }
}
