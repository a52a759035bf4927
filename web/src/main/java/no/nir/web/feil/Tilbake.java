package no.nir.web.feil;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page the browser came from, when it is a page of this application (the Referer of an AJAX
 * postback is the page with its query string); else the start page.
 */
public final class Tilbake {

    private Tilbake() {
    }

    public static String url(HttpServletRequest foresporsel) {
        String referer = foresporsel.getHeader("Referer");
        String url = foresporsel.getRequestURL().toString();
        String egen = url.substring(0, url.length() - foresporsel.getRequestURI().length()) + foresporsel.getContextPath() + "/";
        return referer != null && referer.startsWith(egen) && referer.length() < 2000 ? referer : foresporsel.getContextPath() + "/";
    }
}
