package no.nir.web.feil;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The reference id on the 500 page: from the failed request itself (error dispatch), or from the
 * URL after an AJAX failure sent the browser here. Only a well-formed id is shown.
 */
@Named
@RequestScoped
public class FeilsideView {

    public String getReferanse() {
        var ekstern = FacesContext.getCurrentInstance().getExternalContext();
        Object attributt = ekstern.getRequestMap().get(Feilhandtering.REFERANSE);
        String referanse = attributt != null ? attributt.toString() : ekstern.getRequestParameterMap().get("ref");
        return Feilhandtering.erReferanse(referanse) ? referanse : null;
    }
}
