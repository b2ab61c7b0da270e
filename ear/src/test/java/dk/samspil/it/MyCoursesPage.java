package dk.samspil.it;

import java.nio.file.Path;

/** The participant's own courses (participant/my-courses.xhtml), as the browser tests use it. */
final class MyCoursesPage {

    static final String PATH = "/participant/my-courses.xhtml";

    private final Browser browser;

    private MyCoursesPage(Browser browser) {
        this.browser = browser;
    }

    static MyCoursesPage open(Browser browser) {
        browser.open(PATH);
        return new MyCoursesPage(browser);
    }

    /** The table of enrolments as text, newest first. */
    String enrolments() {
        return browser.find("#mine\\:enrolments").getText();
    }

    MyCoursesPage withdrawFirst() {
        browser.clickAndWait("#mine\\:enrolments\\:0\\:withdraw");
        return this;
    }

    String message() {
        return browser.find("#messages").getText();
    }

    void evaluate(String code) {
        browser.clickAndWait("#evaluate-" + code);
    }

    void reflections(String code) {
        browser.clickAndWait("#reflections-" + code);
    }

    Path downloadFirstCertificate() {
        return browser.download("#mine\\:enrolments\\:0\\:certificate", ".pdf");
    }
}
