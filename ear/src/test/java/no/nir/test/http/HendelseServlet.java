package no.nir.test.http;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.nir.datakilde.Dodbrevkasse;
import no.nir.datakilde.Innlastingsmappe;
import no.nir.test.Testdata;

/**
 * The upstream registers as the tests play them, in the test data WAR: events onto the real queue
 * of the server (java:/JmsXA, as any application in the server would send), and files into the
 * initial load's directory. Answers are plain text.
 *
 * <ul>
 *   <li>{@code POST hendelser}: one event per line of the body, each a JMS text message, sent in
 *       transactions of 200; answers one line per event: the epoch milliseconds it was sent (committed).</li>
 *   <li>{@code GET mottak?kommune=NNNN}: the id of a mottak in the kommune.</li>
 *   <li>{@code POST innlastingsfil?navn=F}: the body as the file F in the load directory.</li>
 * </ul>
 */
@WebServlet({"/hendelser", "/mottak", "/innlastingsfil"})
public class HendelseServlet extends HttpServlet {

    private static final int PER_TRANSAKSJON = 200;

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory fabrikk;

    @Resource(lookup = Dodbrevkasse.HENDELSER)
    Queue hendelser;

    @Resource
    UserTransaction transaksjon;

    @EJB
    Testdata testdata;


    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse svar) throws IOException {
        try {
            tekst(svar, String.valueOf(testdata.mottakId(req.getParameter("kommune"))));
        } catch (RuntimeException e) {
            svar.sendError(HttpServletResponse.SC_BAD_REQUEST, String.valueOf(e.getMessage()));
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse svar) throws IOException {
        req.setCharacterEncoding("UTF-8");
        if ("/innlastingsfil".equals(req.getServletPath())) {
            // The WAR is no bean archive of its own; the ejb module's bean says where the directory is.
            Path fil = CDI.current().select(Innlastingsmappe.class).get().mappe().resolve(Path.of(req.getParameter("navn")).getFileName());
            Files.createDirectories(fil.getParent());
            try (var inn = req.getInputStream()) {
                Files.copy(inn, fil, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            tekst(svar, fil.toString());
            return;
        }
        List<String> linjer = new ArrayList<>();
        try (BufferedReader leser = req.getReader()) {
            leser.lines().filter(l -> !l.isBlank()).forEach(linjer::add);
        }
        StringBuilder sendt = new StringBuilder();
        try {
            for (int i = 0; i < linjer.size(); i += PER_TRANSAKSJON) {
                transaksjon.begin();
                try (JMSContext jms = fabrikk.createContext()) {
                    for (String linje : linjer.subList(i, Math.min(linjer.size(), i + PER_TRANSAKSJON))) {
                        jms.createProducer().send(hendelser, linje);
                    }
                }
                transaksjon.commit();
                String naa = String.valueOf(System.currentTimeMillis());
                for (int j = i; j < Math.min(linjer.size(), i + PER_TRANSAKSJON); j++) {
                    sendt.append(naa).append('\n');
                }
            }
        } catch (Exception e) {
            throw new IOException("Kunne ikke sende hendelsene", e);
        }
        tekst(svar, sendt.toString());
    }

    private static void tekst(HttpServletResponse svar, String tekst) throws IOException {
        svar.setContentType("text/plain;charset=UTF-8");
        svar.getOutputStream().write(tekst.getBytes(StandardCharsets.UTF_8));
    }
}
