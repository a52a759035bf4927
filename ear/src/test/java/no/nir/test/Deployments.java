package no.nir.test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * Test deployments are the real EAR the build made. In-container tests are added to its EJB
 * module, so they run with that module's security domain and can inject its services.
 */
public final class Deployments {

    private static final String EJB_MODUL = "nir-ejb.jar";
    private static final String API_MODUL = "nir-api.war";

    private Deployments() {
    }

    /** The EAR as built, with the JSON API, for the API tests. */
    public static EnterpriseArchive earMedApi() {
        return ShrinkWrap.create(ZipImporter.class, "nir-mottak.ear")
                .importFrom(new File(System.getProperty("nir.ear")))
                .as(EnterpriseArchive.class);
    }

    /**
     * The EAR as built, less the JSON API's WAR, for browser and HTTP tests: with two web contexts
     * in the deployment Arquillian injects the server's root URL instead of /nir/.
     */
    public static EnterpriseArchive ear() {
        EnterpriseArchive ear = earMedApi();
        ear.delete(API_MODUL);
        try (InputStream inn = ear.get("META-INF/application.xml").getAsset().openStream()) {
            String xml = new String(inn.readAllBytes(), StandardCharsets.UTF_8);
            return ear.setApplicationXML(new StringAsset(xml.replaceAll(
                    "(?s)<module>\\s*<web>\\s*<web-uri>" + API_MODUL + "</web-uri>.*?</module>", "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The EAR with the given test classes (and the shared test helpers) in its EJB module. */
    public static EnterpriseArchive medTester(Class<?>... klasser) {
        return medTester(ear(), klasser);
    }

    /** As {@link #medTester}, with the JSON API, for in-container tests that also call it over HTTP. */
    public static EnterpriseArchive medTesterOgApi(Class<?>... klasser) {
        return medTester(earMedApi(), klasser);
    }

    private static EnterpriseArchive medTester(EnterpriseArchive ear, Class<?>... klasser) {
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_MODUL);
        JavaArchive medTester = ShrinkWrap.create(JavaArchive.class, EJB_MODUL).merge(ejb)
                .addPackage(Deployments.class.getPackage())
                .addClasses(klasser);
        ear.delete(EJB_MODUL);
        return ear.addAsModule(medTester);
    }
}
