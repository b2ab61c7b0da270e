package dk.samspil.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The catalogue's page of one course (catalog/course.xhtml), as the browser tests use it. */
final class CoursePage {

    private final Browser browser;

    private CoursePage(Browser browser) {
        this.browser = browser;
    }

    static CoursePage open(Browser browser, String code) {
        browser.open("/catalog/course.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        return new CoursePage(browser);
    }

    /** Enrols the logged-in participant; the page answers with the outcome. */
    CoursePage enrol() {
        browser.clickAndWait("#enrol-form\\:enrol");
        return this;
    }

    CoursePage enrol(String motivation) {
        browser.find("#enrol-form\\:motivation").sendKeys(motivation);
        return enrol();
    }

    /** A visitor's way to an account that can enrol. */
    void registerToEnrol() {
        browser.clickAndWait("#register-to-enrol");
    }

    boolean canEnrol() {
        return !browser.findAll("#enrol-form\\:enrol").isEmpty();
    }

    /** The caller's own enrolment as the page states it. */
    String myEnrolment() {
        return browser.find("#my-enrolment").getText();
    }

    String message() {
        return browser.find("#messages").getText();
    }
}
