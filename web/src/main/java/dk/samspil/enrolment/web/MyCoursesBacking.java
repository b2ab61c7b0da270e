package dk.samspil.enrolment.web;

import dk.samspil.enrolment.boundary.Certificates;
import dk.samspil.enrolment.boundary.CourseProgress;
import dk.samspil.enrolment.boundary.EnrolmentRow.Stage;
import dk.samspil.enrolment.boundary.EnrolmentRow;
import dk.samspil.enrolment.boundary.Enrolments;
import dk.samspil.enrolment.boundary.MyEnrolments;
import dk.samspil.enrolment.boundary.MyProgress;
import dk.samspil.enrolment.boundary.UpcomingSession;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * participant/my-courses.xhtml, the participant's home: the coming sessions, each current course with
 * the progress toward completing it, the waiting list, finished courses, and withdrawn ones folded.
 * View scoped, so a button always acts on the row that was shown, whatever changed since.
 */
@Named
@ViewScoped
public class MyCoursesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many coming sessions the page lists; the calendar feed has them all. */
    private static final int UPCOMING = 8;

    private static final String AGAIN = "/participant/my-courses?faces-redirect=true";

    @Inject
    MyEnrolments myEnrolments;

    @Inject
    Enrolments enrolments;

    @Inject
    LanguageBacking language;


    @Inject
    Certificates certificates;

    @Inject
    MyProgress myProgress;

    private List<EnrolmentRow> rows;
    private Map<Stage, List<EnrolmentRow>> stages;
    private List<UpcomingSession> upcoming;
    private Map<String, CourseProgress> progress;

    @PostConstruct
    void load() {
        rows = myEnrolments.findMine(language.getLocale());
        stages = rows.stream().collect(Collectors.groupingBy(EnrolmentRow::stage, () -> new EnumMap<>(Stage.class), Collectors.toList()));
        upcoming = myProgress.upcomingSessions(language.getLocale(), UPCOMING);
        progress = myProgress.progress(language.getLocale());
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


    public List<EnrolmentRow> getRows() {
        return rows;
    }

    /** The enrolments at one stage (CURRENT, WAITING, FINISHED, ENDED), newest course first. */
    public List<EnrolmentRow> rowsIn(String stage) {
        return stages.getOrDefault(Stage.valueOf(stage), List.of());
    }

    public List<UpcomingSession> getUpcoming() {
        return upcoming;
    }

    /** The caller's progress on a course they are confirmed on, or null. */
    public CourseProgress progressOf(String courseCode) {
        return progress.get(courseCode);
    }

}
