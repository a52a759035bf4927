package no.nir.test.http;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import no.nir.test.Deployments;
import no.nir.test.nettleser.Nettleser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs outside the server, as a browser or an HTTP client, against the EAR as built
 * (with the test data WAR): one deployment and one way to log in for all of them. {@link #base} is
 * the application's root; the tests make their data with {@link no.nir.test.nettleser.Testpersoner}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class Klienttest {

    /** The server's root: with several web contexts in the deployment Arquillian names no single one. */
    @ArquillianResource
    private URL tjener;

    protected URL base;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.klient();
    }

    @BeforeEach
    void nirRot() throws IOException, URISyntaxException {
        base = tjener.toURI().resolve("/nir/").toURL();
    }

    /** A browser logged in as the demo user; close it (try-with-resources). */
    protected Nettleser nettleser(String bruker) throws IOException {
        Nettleser nettleser = Nettleser.start(base);
        try {
            return nettleser.loggInn(bruker);
        } catch (RuntimeException e) {
            nettleser.close();
            throw e;
        }
    }

    /** An HTTP session logged in through the login form as the demo user. */
    protected HttpOkt okt(String bruker) throws IOException, InterruptedException {
        return HttpOkt.loggInn(base, bruker);
    }
}
