package no.nir.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.nir.person.PersonRad;
import no.nir.person.PersonService;

/** The persons of the caller's kommune. */
@Named
@ViewScoped
public class PersonerView implements Serializable {

    private static final int MAKS = 500;

    @Inject
    PersonService personService;

    private List<PersonRad> personer;

    public List<PersonRad> getPersoner() {
        if (personer == null) {
            personer = personService.personerIMinKommune(MAKS);
        }
        return personer;
    }
}
