package no.nir.web.rapport;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.nir.tilgang.IngenTilgangException;
import no.nir.tiltak.RapportvalgException;
import no.nir.tiltak.Tiltaksrapport;
import no.nir.tiltak.TiltaksrapportCsv;
import no.nir.tiltak.TiltaksrapportService;

/** The report's table as a CSV file, for the choice in the URL (same parameters as the page). */
@WebServlet("/rapport-kvalifisering.csv")
public class KvalifiseringsrapportCsvServlet extends HttpServlet {

    @EJB
    TiltaksrapportService rapportService;

    @Override
    protected void doGet(HttpServletRequest foresporsel, HttpServletResponse svar) throws IOException {
        Rapportlenke lenke = new Rapportlenke();
        lenke.setFra(foresporsel.getParameter("fra"));
        lenke.setTil(foresporsel.getParameter("til"));
        lenke.setFylke(foresporsel.getParameter("fylke"));
        lenke.setKommune(foresporsel.getParameter("kommune"));
        Tiltaksrapport rapport;
        try {
            rapport = rapportService.rapport(lenke.valg());
        } catch (RapportvalgException e) {
            svar.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (IngenTilgangException | EJBAccessException e) {
            svar.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        svar.setContentType("text/csv; charset=UTF-8");
        svar.setHeader("Content-Disposition", "attachment; filename=\"kvalifisering-i-mottak-"
                + rapport.valg().fra() + "-" + rapport.valg().til() + ".csv\"");
        TiltaksrapportCsv.skriv(rapport, svar.getOutputStream());
    }
}
