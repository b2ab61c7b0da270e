package dk.samspil.enrolment.web;

import dk.samspil.catalog.boundary.CourseNotFoundException;
import dk.samspil.enrolment.boundary.CourseEnrolmentList;
import dk.samspil.enrolment.boundary.CourseEnrolmentList.Row;
import dk.samspil.enrolment.boundary.CourseEnrolments;
import dk.samspil.enrolment.boundary.EnrolmentOutcome;
import dk.samspil.shared.web.LanguageBacking;
import dk.samspil.shared.web.MessageResolver;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;

/**
 * consultant/course-enrolments.xhtml: a course's enrolments and waiting list; enrolling someone,
 * withdrawing someone, admitting over capacity and moving in line (the last three with a reason).
 */
@Named
@ViewScoped
public class CourseEnrolmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseEnrolments enrolments;

    @Inject
    LanguageBacking language;

    private String code;
    private CourseEnrolmentList list;
    private String reason;
    private String email;

    public void load() {
        try {
            list = enrolments.findForCourse(code == null ? "" : code, language.getLocale());
        } catch (CourseNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public void enrol() {
        EnrolmentOutcome outcome = enrolments.enrol(code, email);
        Messages.addGlobalInfo("enrolment.list.enrolled", email, outcome.status(), outcome.position());
        email = null;
        load();
    }

    public void withdraw(Row row) {
        enrolments.withdrawOnBehalf(row.id(), reason);
        Messages.addGlobalInfo("enrolment.list.withdrawn", row.name());
        done();
    }

    public void admit(Row row) {
        enrolments.admitOverCapacity(row.id(), reason);
        Messages.addGlobalInfo("enrolment.list.admitted", row.name());
        done();
    }

    public void move(Row row, int direction) {
        enrolments.move(row.id(), direction, reason);
        Messages.addGlobalInfo("enrolment.list.moved", row.name());
        done();
    }

    /**
     * The list as CSV (semicolon-separated, UTF-8 with BOM, as Danish Excel opens it). A cell that
     * starts like a formula is prefixed with an apostrophe, so a spreadsheet never runs it.
     */
    public void exportCsv() throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFF");
        String header = ResourceBundle.getBundle(MessageResolver.BUNDLE, language.getLocale())
                .getString("enrolment.list.csv-header");
        csv.append(String.join(";", header.split(","))).append("\r\n");
        for (Row row : list.rows()) {
            csv.append(String.join(";", cell(row.name()), cell(row.email()), cell(row.institution()),
                    cell(row.status().name()), row.position() == 0 ? "" : Long.toString(row.position()),
                    row.enrolledAt() == null ? "" : row.enrolledAt().toLocalDate().toString())).append("\r\n");
        }
        Faces.sendFile(csv.toString().getBytes(StandardCharsets.UTF_8), list.courseCode() + "-tilmeldinger.csv", true);
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private void done() {
        reason = null;
        load();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CourseEnrolmentList getList() {
        return list;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
