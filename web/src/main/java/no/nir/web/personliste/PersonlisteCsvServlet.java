package no.nir.web.personliste;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import no.nir.personliste.PersonlisteEksport;
import no.nir.personliste.PersonlisteKriterier;
import no.nir.personliste.PersonlisteService;

/**
 * "Last ned CSV fil": every line of the search in the URL (same parameters as personliste.xhtml),
 * streamed by {@link PersonlisteEksport}. Behind the login like every page; the service applies
 * the scope rule.
 */
@WebServlet("/personliste.csv")
public class PersonlisteCsvServlet extends HttpServlet {

    @EJB
    PersonlisteService personlisteService;

    @Inject
    Clock klokke;

    @Override
    protected void doGet(HttpServletRequest foresporsel, HttpServletResponse svar) throws IOException {
        PersonlisteKriterier kriterier = PersonlisteLenke.kriterier(foresporsel::getParameter);
        svar.setContentType("text/csv; charset=UTF-8");
        svar.setHeader("Content-Disposition", "attachment; filename=\"personliste-" + LocalDate.now(klokke) + ".csv\"");
        PersonlisteEksport.skriv(personlisteService, kriterier, svar.getOutputStream());
    }
}
