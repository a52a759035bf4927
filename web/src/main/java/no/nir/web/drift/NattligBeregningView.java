package no.nir.web.drift;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.nir.datakilde.Beregningskjoring;
import no.nir.datakilde.NattligBeregningService;

/** The nightly beregning's latest runs on the operators' page. */
@Named
@RequestScoped
public class NattligBeregningView {

    @Inject
    NattligBeregningService nattligBeregningService;

    private List<Beregningskjoring> kjoringer;

    public List<Beregningskjoring> getKjoringer() {
        if (kjoringer == null) {
            kjoringer = nattligBeregningService.siste();
        }
        return kjoringer;
    }
}
