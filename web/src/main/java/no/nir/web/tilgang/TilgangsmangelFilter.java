package no.nir.web.tilgang;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import no.nir.tilgang.Tilgangsmangel;
import no.nir.tilgang.TilgangService;

/**
 * A logged-in user the realm gave no NIR role or no valid kommune is sent to a page saying so
 * ({@link TilgangsmangelView}, HTTP 403) instead of empty pages. Checked once per session: roles
 * and attributes are fixed at login.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class TilgangsmangelFilter extends HttpFilter {

    static final String SIDE = "/feil/ingen-rolle.xhtml";
    private static final String SJEKKET = TilgangsmangelFilter.class.getName();

    @Inject
    TilgangService tilgangService;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() == null || apen(request.getServletPath())) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession();
        Sjekk sjekk = (Sjekk) session.getAttribute(SJEKKET);
        if (sjekk == null) {
            sjekk = new Sjekk(tilgangService.minMangel().orElse(null));
            session.setAttribute(SJEKKET, sjekk);
        }
        if (sjekk.mangel() == null) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + SIDE);
    }

    /** The session's Tilgangsmangel, or null when there is none or it was not checked yet. */
    static Tilgangsmangel mangel(HttpSession session) {
        Sjekk sjekk = session == null ? null : (Sjekk) session.getAttribute(SJEKKET);
        return sjekk == null ? null : sjekk.mangel();
    }

    /** The page's own resources, the error pages, logging out and the operators' /info stay reachable. */
    private static boolean apen(String sti) {
        return sti.startsWith("/jakarta.faces.resource") || sti.startsWith("/resources/")
                || sti.startsWith("/feil/") || sti.equals("/loggut") || sti.equals("/info");
    }

    /** The session's answer, also when there is nothing missing. */
    private record Sjekk(Tilgangsmangel mangel) implements Serializable {
    }
}
