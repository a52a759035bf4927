package no.nir.test;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * Test deployments are the real EAR the build made. In-container tests are added to its EJB
 * module, so they run with that module's security domain and can inject its services.
 */
public final class Deployments {

    private static final String EJB_MODUL = "nir-ejb.jar";

    private Deployments() {
    }

    /** The EAR as built, for browser and HTTP tests. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.create(ZipImporter.class, "nir-mottak.ear")
                .importFrom(new File(System.getProperty("nir.ear")))
                .as(EnterpriseArchive.class);
    }

    /** The EAR with the given test classes (and the shared test helpers) in its EJB module. */
    public static EnterpriseArchive medTester(Class<?>... klasser) {
        EnterpriseArchive ear = ear();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_MODUL);
        JavaArchive medTester = ShrinkWrap.create(JavaArchive.class, EJB_MODUL).merge(ejb)
                .addPackage(Deployments.class.getPackage())
                .addClasses(klasser);
        ear.delete(EJB_MODUL);
        return ear.addAsModule(medTester);
    }
}
