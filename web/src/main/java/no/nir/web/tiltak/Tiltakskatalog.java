package no.nir.web.tiltak;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.nir.tiltak.Tiltakstypevalg;

/**
 * The dialog's choices from the service's catalogue: the groups and types a new tiltak may use,
 * plus the edited tiltak's own type (and group) marked "(ikke gjeldende)" when no longer so.
 */
final class Tiltakskatalog implements Serializable {

    private final List<Tiltakstypevalg> typer;

    Tiltakskatalog(List<Tiltakstypevalg> typer) {
        this.typer = List.copyOf(typer);
    }

    /** Label to kode. */
    Map<String, String> grupper(String beholdtType) {
        Map<String, String> grupper = new LinkedHashMap<>();
        tilgjengelige(beholdtType).forEach(v -> grupper.putIfAbsent(
                v.gruppeGjeldende() ? v.gruppeNavn() : v.gruppeNavn() + " " + ikkeGjeldende(), v.gruppeKode()));
        return grupper;
    }

    /** Label to kode, for the chosen group. */
    Map<String, String> typer(String gruppeKode, String beholdtType) {
        Map<String, String> valg = new LinkedHashMap<>();
        tilgjengelige(beholdtType).filter(v -> v.gruppeKode().equals(gruppeKode))
                .forEach(v -> valg.put(v.kanVelges() ? v.navn() : v.navn() + " " + ikkeGjeldende(), v.kode()));
        return valg;
    }

    Tiltakstypevalg type(String kode) {
        return typer.stream().filter(v -> v.kode().equals(kode)).findFirst().orElse(null);
    }

    private Stream<Tiltakstypevalg> tilgjengelige(String beholdtType) {
        return typer.stream().filter(v -> v.kanVelges() || v.kode().equals(beholdtType));
    }

    private static String ikkeGjeldende() {
        FacesContext fc = FacesContext.getCurrentInstance();
        return fc.getApplication().getResourceBundle(fc, "t").getString("tiltak.ikkegjeldende");
    }
}
