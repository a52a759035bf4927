package no.nir.web.tilgang;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Names the logged-in user in the session as a plain string, so an administrator can end that
 * user's sessions through the server's management interface (docker/cli/nir-bruker.sh logg-ut):
 * changed roles otherwise apply only from the next login.
 */
@WebFilter(urlPatterns = "/*")
public class OktEierFilter extends HttpFilter {

    /** Read by nir-bruker.sh; keep the two in step. */
    static final String BRUKER = "nir-bruker";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String bruker = request.getRemoteUser();
        HttpSession session = request.getSession(false);
        if (bruker != null && session != null && !bruker.equals(session.getAttribute(BRUKER))) {
            session.setAttribute(BRUKER, bruker);
        }
        chain.doFilter(request, response);
    }
}
