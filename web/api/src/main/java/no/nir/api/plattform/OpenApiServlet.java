package no.nir.api.plattform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the hand-kept OpenAPI 3.1 document (src/main/resources/openapi.yaml) as it is in the
 * repository: the generated-client test builds its client from that same file.
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {

    static final String DOKUMENT = "/openapi.yaml";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (InputStream inn = OpenApiServlet.class.getResourceAsStream(DOKUMENT)) {
            resp.setContentType("application/yaml");
            resp.setCharacterEncoding("UTF-8");
            inn.transferTo(resp.getOutputStream());
        }
    }
}
