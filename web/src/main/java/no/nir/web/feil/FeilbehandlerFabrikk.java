package no.nir.web.feil;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in faces-config.xml: every Faces request's exceptions go to {@link Feilbehandler}. */
public class FeilbehandlerFabrikk extends ExceptionHandlerFactory {

    public FeilbehandlerFabrikk(ExceptionHandlerFactory innpakket) {
        super(innpakket);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Feilbehandler(getWrapped().getExceptionHandler());
    }
}
