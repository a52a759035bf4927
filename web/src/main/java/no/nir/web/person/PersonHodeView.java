package no.nir.web.person;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.nir.person.PersonHode;
import no.nir.person.PersonService;
import no.nir.web.felles.Oppslag;

/**
 * The header and menu links of the person template. The page's own bean has already checked the
 * person when this renders; the header is kept for the view's AJAX postbacks, which carry no id.
 */
@Named
@ViewScoped
public class PersonHodeView implements Serializable {

    @Inject
    PersonService personService;

    private PersonHode hode;

    public PersonHode getHode() {
        if (hode == null) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            hode = personService.personHode(Oppslag.id(id));
        }
        return hode;
    }

    /** The header the page's own bean already loaded, so the template does not ask again. */
    public void vis(PersonHode hode) {
        this.hode = hode;
    }
}
