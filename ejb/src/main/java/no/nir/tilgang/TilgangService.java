package no.nir.tilgang;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** The caller's own access, for the pages' menus. Reveals nothing but the caller's own roles. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TilgangService {

    @Inject
    TilgangKilde kilde;

    public Tilgang minTilgang() {
        return kilde.gjeldende();
    }
}
