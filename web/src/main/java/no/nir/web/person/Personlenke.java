package no.nir.web.person;

import jakarta.faces.context.ExternalContext;

/** The agreed person page URLs, for redirects from backing beans. */
final class Personlenke {

    private Personlenke() {
    }

    static String grunndata(ExternalContext ext, long personId) {
        return ext.getRequestContextPath() + "/person/grunndata.xhtml?id=" + personId;
    }
}
