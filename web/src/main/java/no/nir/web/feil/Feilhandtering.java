package no.nir.web.feil;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens when a request fails, for the Faces pages ({@link Feilbehandler}) and every other
 * servlet ({@link FeilFilter}) alike: the log line, then the error page of the {@link Feilsvar}.
 * An expected refusal is one line without a stack trace; an unexpected failure is logged with its
 * stack trace and a short reference id, which the 500 page shows so the user can quote it.
 */
public final class Feilhandtering {

    /** Request attribute with the reference id, for the 500 page. */
    public static final String REFERANSE = "nir.feilreferanse";

    /** Request attribute: this failure has its log line. */
    private static final String LOGGET = "nir.feillogget";
    private static final Logger LOGG = Logger.getLogger(Feilhandtering.class.getName());
    private static final String TEGN = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom TILFELDIG = new SecureRandom();
    private static final int MAKS_LOGGTEKST = 300;

    private Feilhandtering() {
    }

    /** Writes the log line; returns the reference id of an unexpected failure, else null. */
    public static String logg(Feilsvar svar, Throwable feil, HttpServletRequest foresporsel) {
        foresporsel.setAttribute(LOGGET, Boolean.TRUE);
        String hvem = foresporsel.getRemoteUser() + " " + foresporsel.getMethod() + " " + foresporsel.getRequestURI();
        if (svar.forventet()) {
            Throwable rot = rot(feil);
            LOGG.log(svar == Feilsvar.INGEN_TILGANG || svar == Feilsvar.UGYLDIG ? Level.WARNING : Level.INFO, () -> "Avvist, "
                    + svar + " (" + svar.status() + "): " + trygg(hvem) + " (" + rot.getClass().getSimpleName() + ": " + trygg(rot.getMessage()) + ")");
            return null;
        }
        String referanse = referanse();
        LOGG.log(Level.SEVERE, "Feil " + referanse + ": " + trygg(hvem), feil);
        return referanse;
    }

    /** One line for a refusal the container made (error dispatch), unless the application logged it already. */
    public static void loggContainerAvvisning(HttpServletRequest feilside) {
        Object status = feilside.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (feilside.getAttribute(LOGGET) == null && status instanceof Integer kode && kode >= 400 && kode < 500) {
            LOGG.warning(() -> "Avvist av containeren (" + kode + "): " + trygg(feilside.getRemoteUser() + " "
                    + feilside.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
        }
    }

    /** Logs and ends a plain (non-AJAX) request with the error page; nothing more if the answer has begun. */
    public static void svar(HttpServletRequest foresporsel, HttpServletResponse svar, Throwable feil) throws IOException {
        svar(foresporsel, svar, Feilsvar.av(feil), feil);
    }

    /** As {@link #svar(HttpServletRequest, HttpServletResponse, Throwable)}, with the answer already chosen. */
    public static void svar(HttpServletRequest foresporsel, HttpServletResponse svar, Feilsvar feilsvar, Throwable feil)
            throws IOException {
        String referanse = logg(feilsvar, feil, foresporsel);
        if (svar.isCommitted()) {
            return;
        }
        if (feilsvar == Feilsvar.UTLOPT) {
            svar.sendRedirect(foresporsel.getContextPath() + "/");
            return;
        }
        foresporsel.setAttribute(REFERANSE, referanse);
        // sendError keeps the headers (security, no-store), unlike a reset.
        svar.sendError(feilsvar.status());
    }

    /** The URL of the error page for an AJAX request, which cannot show a page itself. */
    public static String sideUrl(HttpServletRequest foresporsel, Feilsvar svar, String referanse) {
        return foresporsel.getContextPath() + svar.side() + (referanse == null ? "" : "?ref=" + referanse);
    }

    /** A Faces partial response that sends the browser to the URL; replaces whatever was begun. */
    public static void partiellOmdirigering(HttpServletResponse svar, String url) throws IOException {
        if (svar.isCommitted()) {
            return;
        }
        svar.resetBuffer();
        svar.setStatus(HttpServletResponse.SC_OK);
        svar.setContentType("text/xml;charset=UTF-8");
        PrintWriter ut = svar.getWriter();
        ut.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"></redirect></partial-response>");
        ut.flush();
    }

    /** A reference id is 8 characters no one misreads (no 0/O, 1/I). */
    public static boolean erReferanse(String tekst) {
        return tekst != null && tekst.length() == 8 && tekst.chars().allMatch(c -> TEGN.indexOf(c) >= 0);
    }

    private static String referanse() {
        StringBuilder ref = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            ref.append(TEGN.charAt(TILFELDIG.nextInt(TEGN.length())));
        }
        return ref.toString();
    }

    private static Throwable rot(Throwable feil) {
        Throwable rot = feil;
        while (rot.getCause() != null && rot.getCause() != rot) {
            rot = rot.getCause();
        }
        return rot;
    }

    /** Typed input may reach a message: no line breaks or control characters in the log, and not too long. */
    private static String trygg(String tekst) {
        if (tekst == null) {
            return "";
        }
        String kort = tekst.length() > MAKS_LOGGTEKST ? tekst.substring(0, MAKS_LOGGTEKST) + "…" : tekst;
        return kort.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
