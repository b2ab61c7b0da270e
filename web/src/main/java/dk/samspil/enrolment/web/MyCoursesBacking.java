package dk.samspil.enrolment.web;

import dk.samspil.enrolment.boundary.Certificates;
import dk.samspil.enrolment.boundary.EnrolmentRow;
import dk.samspil.enrolment.boundary.Enrolments;
import dk.samspil.enrolment.boundary.MyEnrolments;
import dk.samspil.enrolment.boundary.CalendarFeed;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * participant/my-courses.xhtml: the caller's enrolments with place in line, withdrawal and offers.
 * View scoped, so a button always acts on the row that was shown, whatever changed since.
 */
@Named
@ViewScoped
public class MyCoursesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String AGAIN = "/participant/my-courses?faces-redirect=true";

    @Inject
    MyEnrolments myEnrolments;

    @Inject
    Enrolments enrolments;

    @Inject
    LanguageBacking language;

    @Inject
    CalendarFeed calendar;

    @Inject
    Certificates certificates;

    private List<EnrolmentRow> rows;
    private String calendarUrl;

    @PostConstruct
    void load() {
        rows = myEnrolments.findMine(language.getLocale());
    }

    public String withdraw(EnrolmentRow row) {
        enrolments.withdraw(row.courseCode());
        Messages.addFlashGlobalInfo("enrolment.my-courses.withdrawn", row.courseTitle());
        return AGAIN;
    }

    public String accept(EnrolmentRow row) {
        enrolments.acceptOffer(row.courseCode());
        Messages.addFlashGlobalInfo("enrolment.my-courses.offer-accepted", row.courseTitle());
        return AGAIN;
    }

    public String decline(EnrolmentRow row) {
        enrolments.declineOffer(row.courseCode());
        Messages.addFlashGlobalInfo("enrolment.my-courses.offer-declined", row.courseTitle());
        return AGAIN;
    }

    /** The certificate of a completed course, as PDF, with the address of the public verification page on it. */
    public void downloadCertificate(EnrolmentRow row) throws IOException {
        Faces.sendFile(certificates.pdf(row.courseCode(), Faces.getRequestBaseURL() + "verify.xhtml"),
                "kursusbevis-" + row.courseCode() + ".pdf", true);
    }

    /** The personal calendar feed's address; the secret in it is made the first time it is shown. */
    public String getCalendarUrl() {
        if (calendarUrl == null) {
            calendarUrl = Faces.getRequestBaseURL() + "api/calendar/" + calendar.myToken() + ".ics";
        }
        return calendarUrl;
    }

    public String renewCalendar() {
        calendar.renewToken();
        Messages.addFlashGlobalInfo("enrolment.my-courses.calendar-renewed");
        return AGAIN;
    }

    public List<EnrolmentRow> getRows() {
        return rows;
    }
}
