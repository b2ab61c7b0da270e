package dk.samspil.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

import java.io.File;

/**
 * The real EAR as the build made it. In-container tests add themselves as one more EJB module
 * and leave the web module out: they call the EJBs directly, and Arquillian's test runner would
 * otherwise be merged into the only WAR, behind its default-deny security constraints.
 */
public final class Deployments {

    private static final String TEST_MODULE = "samspil-tests.jar";
    private static final String WEB_MODULE = "samspil-web.war";
    private static final String EJB_MODULE = "samspil-ejb.jar";
    private static final String CONTAINER_INTERCEPTORS = "META-INF/jboss-ejb3.xml";

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("samspil.ear")));
    }

    public static EnterpriseArchive applicationWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = application();
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, TEST_MODULE)
                .addClasses(testClasses)
                .addClasses(InContainerTest.class, TestDatabase.class, TestDatabase.Course.class, TestPeople.class,
                        TestDatabase.ConnectionSource.class, Race.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml")
                // marks the jar as an EJB module even when a test brings no EJB of its own
                .addAsManifestResource(new StringAsset(
                        "<ejb-jar xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\"/>"), "ejb-jar.xml")
                // the test's beans begin transactions as boundaries do, and run again as theirs do
                .addAsManifestResource(ear.getAsType(JavaArchive.class, EJB_MODULE).get(CONTAINER_INTERCEPTORS).getAsset(),
                        "jboss-ejb3.xml");
        ear.addAsModule(tests);
        ear.delete(WEB_MODULE);
        // Without application.xml the server finds every module itself, including the ones
        // added here and Arquillian's own test-runner WAR.
        ear.delete("META-INF/application.xml");
        return ear;
    }
}
