package no.nir.personliste;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import no.nir.ordning.KategoriType;
import no.nir.tilgang.Evne;
import no.nir.tilgang.Krever;
import no.nir.tilgang.Rolle;

/**
 * The start page's counts. Each is the row count of a person list, so a count and the list its link
 * opens always agree.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@Krever(Evne.LESE_PERSONER)
@RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.KOMMUNEADMIN, Rolle.IMDI})
public class ArbeidsflateService {

    public static final int FRIST_DAGER = 30;

    @EJB
    PersonlisteService personlisteService;

    public Arbeidsflatetall tall() {
        List<Fristtall> frister = new ArrayList<>();
        for (KategoriType kategori : KategoriType.values()) {
            long antall = personlisteService.antall(PersonlisteKriterier.frist(kategori, FRIST_DAGER));
            if (antall > 0) {
                frister.add(new Fristtall(kategori, antall));
            }
        }
        return new Arbeidsflatetall(personlisteService.antall(PersonlisteKriterier.tiltak(true)),
                personlisteService.antall(PersonlisteKriterier.tiltak(false)), FRIST_DAGER, frister);
    }
}
