package no.nir.tilgang;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/** The caller's own access, for the pages' menus. Reveals nothing but the caller's own roles. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TilgangService {

    @Inject
    TilgangKilde kilde;

    private static final Logger LOGG = Logger.getLogger(TilgangService.class.getName());

    public Tilgang minTilgang() {
        return kilde.gjeldende();
    }

    /**
     * Why the caller cannot use NIR, if so; logged as a WARN naming the user and the attribute, as it is
     * the administrator's to correct in the realm.
     */
    public Optional<Tilgangsmangel> minMangel() {
        Optional<Tilgangsmangel> mangel = kilde.mangel();
        mangel.ifPresent(m -> LOGG.warning(() -> String.format(
                "NIR-bruker '%s' kan ikke bruke NIR: %s, attributtet '%s' har [%s]",
                m.brukernavn(), m.type(), m.attributt(), m.fikkTekst())));
        return mangel;
    }
}
