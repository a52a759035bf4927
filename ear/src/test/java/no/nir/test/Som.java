package no.nir.test;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs code as one of the demo users of docker/cli/demo-brukere.sh, authenticated against the real
 * security domain "nir", so roles and kommune attributes come from the realm as in production.
 */
public final class Som {

    public static final String PASSORD = "passord";

    private Som() {
    }

    public static <T> T bruker(String brukernavn, Callable<T> handling) throws Exception {
        return identitet(brukernavn).runAs(handling);
    }

    /** The user's identity, logged in here; {@code runAs} on it works on other threads too (parallel sessions). */
    public static SecurityIdentity identitet(String brukernavn) throws Exception {
        return SecurityDomain.getCurrent().authenticate(brukernavn, new PasswordGuessEvidence(PASSORD.toCharArray()));
    }

    public static void bruker(String brukernavn, Runnable handling) throws Exception {
        bruker(brukernavn, () -> {
            handling.run();
            return null;
        });
    }
}
