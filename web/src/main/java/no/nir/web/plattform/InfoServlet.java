package no.nir.web.plattform;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.nir.plattform.Driftsinfo;
import no.nir.plattform.DriftsinfoService;

/**
 * /nir/info as JSON for operators (roles nir-drift and imdi, web.xml): version, schema version,
 * database reachability and the session timeout the server gives. 503 when the database does not answer.
 */
@WebServlet("/info")
public class InfoServlet extends HttpServlet {

    @Inject
    DriftsinfoService driftsinfoService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Driftsinfo info = driftsinfoService.info();
        response.setStatus(info.databaseTilgjengelig() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().printf("{\"versjon\":%s,\"skjemaversjon\":%s,\"database\":%s,\"databaseSvartidMs\":%d,"
                        + "\"oktTidsavbruddMinutter\":%d}%n",
                tekst(info.versjon()), tekst(info.skjemaversjon()),
                tekst(info.databaseTilgjengelig() ? "tilgjengelig" : "utilgjengelig"), info.databaseSvartidMs(),
                request.getSession().getMaxInactiveInterval() / 60);
    }

    /** Version strings and fixed words only, so quoting is enough. */
    private static String tekst(String verdi) {
        return verdi == null ? "null" : "\"" + verdi.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
