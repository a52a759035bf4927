package no.nir.test.http;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import no.nir.ordning.OrdningStatus;
import no.nir.ordning.OrdningType;
import no.nir.test.Testdata;

/**
 * {@link Testdata} over HTTP for the tests that run outside the server (their client is
 * {@link no.nir.test.nettleser.Testpersoner}). It lives in a WAR of its own that only test
 * deployments have ({@link no.nir.test.Deployments#klient()}), without the application's login:
 * the bean is @PermitAll. Answers are plain text; input it cannot read is a 400.
 *
 * <ul>
 *   <li>{@code POST mottaksbeboer} with the fields of {@link Testdata.Bestilling}; each {@code tiltak}
 *       is {@code TYPE;fra;til;timer[;slettet]}. Answers {@code person duf ordning}.</li>
 *   <li>{@code GET antall-tiltak?ordning=ID}: the ordning's tiltak rows, deleted ones too.</li>
 * </ul>
 */
@WebServlet("/*")
public class TestdataServlet extends HttpServlet {

    @EJB
    Testdata testdata;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse svar) throws IOException {
        if (!"/mottaksbeboer".equals(req.getPathInfo())) {
            svar.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        req.setCharacterEncoding("UTF-8");
        try {
            Testdata.Laget laget = testdata.lag(new Testdata.Bestilling(paakrevd(req, "kommune"),
                    paakrevd(req, "fornavn"), paakrevd(req, "etternavn"), dato(paakrevd(req, "fodt")),
                    paakrevd(req, "land"), dato(paakrevd(req, "tillatelse")), dato(req.getParameter("bosatt")),
                    req.getParameter("bydel"), Boolean.parseBoolean(req.getParameter("kompetanse")),
                    OrdningType.valueOf(paakrevd(req, "ordning")),
                    req.getParameter("status") == null ? null : OrdningStatus.valueOf(req.getParameter("status")),
                    tiltak(req.getParameterValues("tiltak"))));
            tekst(svar, laget.person() + " " + laget.duf() + " " + laget.ordning());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            svar.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (EJBException e) {
            // An unknown kommune, bydel or tiltakstype, or hours that are no number.
            if (!(e.getCause() instanceof IllegalArgumentException)) {
                throw e;
            }
            svar.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getCause().getMessage());
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse svar) throws IOException {
        if (!"/antall-tiltak".equals(req.getPathInfo())) {
            svar.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            tekst(svar, String.valueOf(testdata.antallTiltak(Long.parseLong(paakrevd(req, "ordning")))));
        } catch (IllegalArgumentException e) {
            svar.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    private static List<Testdata.Tiltaksbestilling> tiltak(String[] verdier) {
        List<Testdata.Tiltaksbestilling> tiltak = new ArrayList<>();
        for (String verdi : verdier == null ? new String[0] : verdier) {
            String[] felt = verdi.split(";");
            if (felt.length < 4 || felt.length > 5 || felt.length == 5 && !"slettet".equals(felt[4])) {
                throw new IllegalArgumentException("tiltak: TYPE;fra;til;timer[;slettet], ikke " + verdi);
            }
            tiltak.add(new Testdata.Tiltaksbestilling(felt[0], dato(felt[1]), dato(felt[2]), felt[3], felt.length == 5));
        }
        return tiltak;
    }

    private static String paakrevd(HttpServletRequest req, String navn) {
        String verdi = req.getParameter(navn);
        if (verdi == null || verdi.isBlank()) {
            throw new IllegalArgumentException(navn + " mangler");
        }
        return verdi;
    }

    private static LocalDate dato(String verdi) {
        return verdi == null ? null : LocalDate.parse(verdi);
    }

    private static void tekst(HttpServletResponse svar, String tekst) throws IOException {
        svar.setContentType("text/plain;charset=UTF-8");
        svar.getWriter().write(tekst);
    }
}
