package dk.samspil.enrolment.web;

import dk.samspil.enrolment.boundary.AttendanceSheet;
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
import java.util.Map;

/** attendance/register.xhtml?session=…: everyone on one screen, present by one click, saved at once. */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attendances attendances;

    @Inject
    LanguageBacking language;

    private Long session;
    private AttendanceSheet sheet;
    private final Map<Long, AttendanceStatus> statuses = new HashMap<>();

    public void load() {
        try {
            sheet = attendances.getSheet(session == null ? -1 : session, language.getLocale());
        } catch (EnrolmentNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
            return;
        }
        statuses.clear();
        sheet.lines().forEach(line -> statuses.put(line.enrolmentId(), line.status()));
    }

    /** Marks everyone not yet registered as present; the rest is corrected person by person. */
    public void everyonePresent() {
        sheet.lines().forEach(line -> statuses.putIfAbsent(line.enrolmentId(), AttendanceStatus.PRESENT));
        statuses.replaceAll((id, status) -> status == null ? AttendanceStatus.PRESENT : status);
    }

    public void save() {
        attendances.register(session, statuses);
        Messages.addGlobalInfo("enrolment.attendance.saved");
        load();
    }

    public AttendanceStatus[] getChoices() {
        return AttendanceStatus.values();
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public AttendanceSheet getSheet() {
        return sheet;
    }

    public Map<Long, AttendanceStatus> getStatuses() {
        return statuses;
    }
}
