package no.nir.tiltak;

import java.io.Serializable;

/**
 * A catalogue type for the Tiltak dialog.
 *
 * @param kanVelges both type and group are gjeldende today, so a new tiltak may use it
 */
public record Tiltakstypevalg(String kode, String navn, String gruppeKode, String gruppeNavn, String veiledning,
                              boolean kreverGjennomforing, boolean kreverMottattTilbud, boolean kanVelges,
                              boolean gruppeGjeldende) implements Serializable {
}
