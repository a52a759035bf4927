package no.nir.test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import no.nir.test.http.HendelseServlet;
import no.nir.test.http.TestdataServlet;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments are the real EAR the build made. In-container tests are added to its EJB
 * module, so they run with that module's security domain and can inject its services. Client
 * tests get {@link Testdata} the same way, and a WAR that serves it over HTTP.
 */
public final class Deployments {

    private static final String EJB_MODUL = "nir-ejb.jar";
    private static final String TESTDATA_MODUL = "nir-testdata.war";

    private Deployments() {
    }

    /** The EAR as built. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.create(ZipImporter.class, "nir-mottak.ear")
                .importFrom(new File(System.getProperty("nir.ear")))
                .as(EnterpriseArchive.class);
    }

    /** The EAR with the given test classes (and the shared test helpers) in its EJB module. */
    public static EnterpriseArchive medTester(Class<?>... klasser) {
        return iEjbModulen(ear(), ShrinkWrap.create(JavaArchive.class).addPackage(Deployments.class.getPackage())
                .addClasses(klasser));
    }

    /**
     * For the tests that run outside the server: the EAR with {@link Testdata} in its EJB module and
     * {@link TestdataServlet} and {@link HendelseServlet} in a WAR of its own at /nir-testdata/. Only test
     * deployments have it.
     */
    public static EnterpriseArchive klient() {
        EnterpriseArchive ear = iEjbModulen(ear(), ShrinkWrap.create(JavaArchive.class).addClass(Testdata.class));
        ear.addAsModule(ShrinkWrap.create(WebArchive.class, TESTDATA_MODUL).addClasses(TestdataServlet.class,
                HendelseServlet.class));
        try (InputStream inn = ear.get("META-INF/application.xml").getAsset().openStream()) {
            // application.xml lists the modules to deploy: the WAR goes in after the last one.
            String xml = new String(inn.readAllBytes(), StandardCharsets.UTF_8);
            return ear.setApplicationXML(new StringAsset(xml.replaceFirst("(?s)(.*</module>)", "$1<module><web><web-uri>"
                    + TESTDATA_MODUL + "</web-uri><context-root>/nir-testdata</context-root></web></module>")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #klient()} as a file, for the scenarios that start servers of their own. */
    public static Path klientfil() {
        File fil = new File(new File(System.getProperty("nir.ear")).getParentFile(), "nir-mottak-test.ear");
        klient().as(ZipExporter.class).exportTo(fil, true);
        return fil.toPath();
    }

    private static EnterpriseArchive iEjbModulen(EnterpriseArchive ear, JavaArchive klasser) {
        JavaArchive ejb = ShrinkWrap.create(JavaArchive.class, EJB_MODUL).merge(ear.getAsType(JavaArchive.class, EJB_MODUL))
                .merge(klasser);
        ear.delete(EJB_MODUL);
        return ear.addAsModule(ejb);
    }
}
