package no.nir.web.feil;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Catches what a servlet lets through (the CSV download, anything the Faces handler could not
 * take), so the container never logs an expected refusal as an error or resets the security
 * headers; and logs the refusals the container makes itself (403 of a security constraint) on
 * their way to the error page. The REST API below /api/ maps its own exceptions and is left alone.
 * Declared in web.xml.
 */
public class FeilFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest foresporsel, HttpServletResponse svar, FilterChain kjede)
            throws IOException, ServletException {
        if (foresporsel.getServletPath().startsWith("/api/")) {
            kjede.doFilter(foresporsel, svar);
            return;
        }
        if (foresporsel.getDispatcherType() == DispatcherType.ERROR) {
            // The container's own refusals (a page the role may not use) get their log line here.
            Feilhandtering.loggContainerAvvisning(foresporsel);
            kjede.doFilter(foresporsel, svar);
            return;
        }
        try {
            kjede.doFilter(foresporsel, svar);
        } catch (IOException | ServletException | RuntimeException e) {
            Feilhandtering.svar(foresporsel, svar, e);
        }
    }
}
