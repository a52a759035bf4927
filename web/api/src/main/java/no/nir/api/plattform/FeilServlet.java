package no.nir.api.plattform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the API WAR: errors the container answers itself (401 from BASIC, a path
 * outside the application) as Problem Details instead of the server's HTML page.
 */
@WebServlet("/problem")
public class FeilServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object kode = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = kode instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        Object sti = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem = Problem.av(status, Problem.standardDetalj(status))
                .medInstance(sti == null ? req.getRequestURI() : sti.toString());
        resp.setStatus(status);
        resp.setContentType(Problem.MEDIETYPE);
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.getWriter().write(problem.json());
    }
}
