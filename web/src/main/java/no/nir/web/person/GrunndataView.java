package no.nir.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.nir.person.PersonGrunndata;
import no.nir.person.PersonService;
import no.nir.web.felles.Oppslag;

/** /person/grunndata.xhtml?id= : opening a person. */
@Named
@ViewScoped
public class GrunndataView implements Serializable {

    @Inject
    PersonService personService;

    private String id;
    private PersonGrunndata grunndata;

    public void last() {
        grunndata = personService.grunndata(Oppslag.id(id));
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
