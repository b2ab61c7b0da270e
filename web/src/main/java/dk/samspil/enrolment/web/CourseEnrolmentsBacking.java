package dk.samspil.enrolment.web;

import dk.samspil.catalog.entity.CourseNotFoundException;
import dk.samspil.enrolment.boundary.CourseEnrolmentList.Row;
import dk.samspil.enrolment.boundary.CourseEnrolmentList;
import dk.samspil.enrolment.boundary.CourseEnrolments;
import dk.samspil.enrolment.boundary.EnrolmentOutcome;
import dk.samspil.shared.web.LanguageBacking;
import dk.samspil.shared.web.MessageResolver;
import dk.samspil.shared.web.TableExport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

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

    public void complete(Row row) {
        enrolments.completeOnBehalf(row.id(), reason);
        Messages.addGlobalInfo("enrolment.list.completed", row.name());
        done();
    }

    public void reopen(Row row) {
        enrolments.reopen(row.id(), reason);
        Messages.addGlobalInfo("enrolment.list.reopened", row.name());
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

    /** The list as a CSV file (see {@link TableExport} for how spreadsheets are kept from running its text). */
    public void exportCsv() throws IOException {
        Faces.sendFile(table().csv(), fileName() + ".csv", true);
    }

    public void exportXlsx() throws IOException {
        Faces.sendFile(table().xlsx(list.courseCode()), fileName() + ".xlsx", true);
    }

    /** Read again for the file: the export is what is on the course now, and goes into each participant's access log. */
    private TableExport table() {
        list = enrolments.exportForCourse(list.courseCode(), language.getLocale());
        TableExport table = TableExport.withHeader(List.of(
                MessageResolver.text("enrolment.list.csv-header").split(",")));
        for (Row row : list.rows()) {
            table.row(row.name(), row.email(), row.institution(),
                    MessageResolver.text("enrolment.status." + row.status().name()),
                    row.position() == 0 ? null : row.position(),
                    row.enrolledAt() == null ? null : row.enrolledAt().toLocalDate());
        }
        return table;
    }

    private String fileName() {
        return list.courseCode() + "-" + MessageResolver.text("enrolment.list.file-name");
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
