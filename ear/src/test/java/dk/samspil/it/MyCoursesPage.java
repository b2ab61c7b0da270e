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

    /** Every enrolment as text, current ones first, then the waiting list, finished and ended ones. */
    String enrolments() {
        return browser.find("#mine").getText();
    }

    /** The current courses' table as text. */
    String current() {
        return browser.find("#mine\\:current").getText();
    }

    /** The folded list of withdrawn and rejected enrolments, unfolded, as text. */
    String ended() {
        browser.find("#ended summary").click();
        return browser.find("#mine\\:withdrawn").getText();
    }

    /** The coming sessions' table as text. */
    String upcoming() {
        return browser.find("#upcoming").getText();
    }

    MyCoursesPage withdrawFirst() {
        browser.clickAndWait("#mine [id$='\\:withdraw']");
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
        return browser.download("#mine [id$='\\:certificate']", ".pdf");
    }
}
