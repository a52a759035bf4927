package no.nir.datakilde;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import no.nir.tilgang.Evne;
import no.nir.tilgang.Krever;
import no.nir.tilgang.Rolle;

/** The nightly beregning's latest runs, for the operators' page. */
@Stateless
@Krever(Evne.DRIFTE_DATAKILDER)
@RolesAllowed(Rolle.NIR_DRIFT)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NattligBeregningService {

    @Inject
    Omberegning omberegning;

    public List<Beregningskjoring> siste() {
        return omberegning.siste(10);
    }
}
