package no.nir.web.personliste;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import no.nir.person.PersonlisteCsv;
import no.nir.person.PersonlisteKriterier;
import no.nir.person.PersonlisteRad;
import no.nir.person.PersonlisteService;

/**
 * "Last ned CSV fil": every line of the search in the URL (same parameters as personliste.xhtml),
 * pulled from the database a chunk at a time and written on at once, so memory does not grow with
 * the number of lines. Behind the login like every page; the service applies the scope rule.
 */
@WebServlet("/personliste.csv")
public class PersonlisteCsvServlet extends HttpServlet {

    private static final int BIT = 1000;

    @EJB
    PersonlisteService personlisteService;

    @Override
    protected void doGet(HttpServletRequest foresporsel, HttpServletResponse svar) throws IOException {
        PersonlisteKriterier kriterier = PersonlisteLenke.kriterier(foresporsel::getParameter);
        svar.setContentType("text/csv; charset=UTF-8");
        svar.setHeader("Content-Disposition", "attachment; filename=\"personliste-" + LocalDate.now() + ".csv\"");
        PersonlisteCsv csv = PersonlisteCsv.start(svar.getOutputStream());
        long etter = 0;
        List<PersonlisteRad> bit;
        do {
            bit = personlisteService.eksportside(kriterier, etter, BIT);
            for (PersonlisteRad rad : bit) {
                csv.skriv(rad);
                etter = rad.ordningId();
            }
            csv.flush();
        } while (bit.size() == BIT);
    }
}
