package no.nir.web.ordning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.nir.ordning.KategoriMedOrdninger;
import no.nir.ordning.OrdningService;
import no.nir.web.felles.Oppslag;

/** /person/nir.xhtml?id= : "NIR — Aktive ordninger". */
@Named
@ViewScoped
public class NirView implements Serializable {

    @Inject
    OrdningService ordningService;

    private String id;
    private List<KategoriMedOrdninger> kategorier;

    public void last() {
        kategorier = ordningService.kategorier(Oppslag.id(id));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<KategoriMedOrdninger> getKategorier() {
        return kategorier;
    }
}
