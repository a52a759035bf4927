package no.nir.web.person;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.nir.ordning.KategoriType;
import no.nir.personliste.ArbeidsflateService;
import no.nir.personliste.Arbeidsflatetall;
import no.nir.personliste.PersonlisteKriterier;
import no.nir.web.personliste.PersonlisteLenke;

/** The start page's counts and the list each links to. */
@Named
@RequestScoped
public class ArbeidsflateView {

    @Inject
    ArbeidsflateService arbeidsflateService;

    private Arbeidsflatetall tall;

    public Arbeidsflatetall getTall() {
        if (tall == null) {
            tall = arbeidsflateService.tall();
        }
        return tall;
    }

    public String tiltakUrl(boolean medTiltak) {
        return PersonlisteLenke.url(PersonlisteKriterier.tiltak(medTiltak));
    }

    public String fristUrl(KategoriType kategori) {
        return PersonlisteLenke.url(PersonlisteKriterier.frist(kategori, ArbeidsflateService.FRIST_DAGER));
    }
}
