package no.nir.web.felles;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.nir.tilgang.Tilgang;
import no.nir.tilgang.TilgangService;

/** The caller's access, so the menus show only what the user may use. */
@Named
@RequestScoped
public class MenyView {

    @Inject
    TilgangService tilgangService;

    private Tilgang tilgang;

    public Tilgang getTilgang() {
        if (tilgang == null) {
            tilgang = tilgangService.minTilgang();
        }
        return tilgang;
    }
}
