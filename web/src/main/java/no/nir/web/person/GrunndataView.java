package no.nir.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.nir.grunndata.GrunndataService;
import no.nir.grunndata.PersonGrunndata;
import no.nir.web.felles.Oppslag;

/** /person/grunndata.xhtml?id= : opening a person. */
@Named
@ViewScoped
public class GrunndataView implements Serializable {

    @Inject
    GrunndataService grunndataService;

    private String id;
    private PersonGrunndata grunndata;

    public void last() {
        grunndata = grunndataService.grunndata(Oppslag.id(id));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PersonGrunndata getGrunndata() {
        return grunndata;
    }
}
