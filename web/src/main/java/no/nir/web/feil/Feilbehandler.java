package no.nir.web.feil;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * The Faces side of the one error mapping ({@link Feilsvar}), for full requests and AJAX alike, so
 * no exception (or its class name) reaches the browser. A full request gets the error page through
 * the status web.xml maps; an AJAX request is sent to the error page by a partial-response redirect;
 * an expired view shows the explanation page (full request) or reloads the page (AJAX).
 */
public class Feilbehandler extends ExceptionHandlerWrapper {

    public Feilbehandler(ExceptionHandler innpakket) {
        super(innpakket);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> hendelser = getUnhandledExceptionQueuedEvents().iterator();
        ExceptionQueuedEventContext forste = null;
        while (hendelser.hasNext()) {
            ExceptionQueuedEventContext hendelse = hendelser.next().getContext();
            // Later ones are consequences of the first.
            forste = forste == null ? hendelse : forste;
            hendelser.remove();
        }
        if (forste != null) {
            try {
                behandle(FacesContext.getCurrentInstance(), forste.getException(), forste.getPhaseId());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        getWrapped().handle();
    }

    private static void behandle(FacesContext faces, Throwable feil, PhaseId fase) throws IOException {
        ExternalContext ekstern = faces.getExternalContext();
        HttpServletRequest foresporsel = (HttpServletRequest) ekstern.getRequest();
        HttpServletResponse svar = (HttpServletResponse) ekstern.getResponse();
        Feilsvar feilsvar = Feilsvar.av(feil);
        if (feilsvar == Feilsvar.UVENTET && fase == PhaseId.APPLY_REQUEST_VALUES) {
            // The components could not read the request (e.g. a table's paging parameters no browser sends).
            feilsvar = Feilsvar.UGYLDIG;
        }
        if (faces.getPartialViewContext().isAjaxRequest()) {
            String referanse = Feilhandtering.logg(feilsvar, feil, foresporsel);
            String url = feilsvar == Feilsvar.UTLOPT ? Tilbake.url(foresporsel)
                    : Feilhandtering.sideUrl(foresporsel, feilsvar, referanse);
            Feilhandtering.partiellOmdirigering(svar, url);
            faces.responseComplete();
        } else if (feilsvar == Feilsvar.UTLOPT && !svar.isCommitted()) {
            Feilhandtering.logg(feilsvar, feil, foresporsel);
            ViewHandler visning = faces.getApplication().getViewHandler();
            faces.setViewRoot(visning.createView(faces, feilsvar.side()));
            faces.renderResponse();
        } else {
            Feilhandtering.svar(foresporsel, svar, feilsvar, feil);
            faces.responseComplete();
        }
    }
}
