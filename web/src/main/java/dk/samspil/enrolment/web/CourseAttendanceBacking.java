package dk.samspil.enrolment.web;

import dk.samspil.enrolment.boundary.AttendanceGrid;
import dk.samspil.enrolment.boundary.Attendances;
import dk.samspil.enrolment.boundary.EnrolmentNotFoundException;
import dk.samspil.enrolment.entity.AttendanceStatus;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * consultant/course-attendance.xhtml?code=…: a course's whole attendance, people × sessions, kept
 * and saved at once. View scoped, so the grid saved is the one that was shown.
 */
@Named
@ViewScoped
public class CourseAttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attendances attendances;

    @Inject
    LanguageBacking language;

    private String code;
    private AttendanceGrid grid;
    /** Session id → enrolment id → the status chosen (null: not registered). */
    private final Map<Long, Map<Long, AttendanceStatus>> statuses = new HashMap<>();

    public void load() {
        try {
            grid = attendances.getGrid(code == null ? "" : code, language.getLocale());
        } catch (EnrolmentNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
            return;
        }
        statuses.clear();
        for (AttendanceGrid.Column session : grid.sessions()) {
            Map<Long, AttendanceStatus> column = new HashMap<>();
            grid.people().forEach(person -> column.put(person.enrolmentId(), person.statuses().get(session.sessionId())));
            statuses.put(session.sessionId(), column);
        }
    }

    public void save() {
        attendances.registerAll(code, statuses);
        Messages.addGlobalInfo("enrolment.attendance.saved");
        load();
    }

    public List<AttendanceStatus> getChoices() {
        return List.of(AttendanceStatus.values());
    }

    public AttendanceGrid getGrid() {
        return grid;
    }

    public Map<Long, Map<Long, AttendanceStatus>> getStatuses() {
        return statuses;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
