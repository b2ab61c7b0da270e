package dk.samspil.catalog.web;

import dk.samspil.catalog.entity.CourseNotFoundException;
import dk.samspil.catalog.boundary.CoursePlan;
import dk.samspil.catalog.boundary.CoursePlan.ModulePlan;
import dk.samspil.catalog.boundary.CoursePlan.SessionRow;
import dk.samspil.catalog.boundary.CoursePlanning;
import dk.samspil.catalog.boundary.ModuleForm;
import dk.samspil.catalog.boundary.PlanningOptions;
import dk.samspil.catalog.boundary.SchedulingWarningsException;
import dk.samspil.catalog.boundary.SessionForm;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * consultant/course-programme.xhtml: a course's modules in order and each module's sessions. A
 * session that double-books or falls outside the period is shown with its warnings and saved
 * only when the consultant confirms.
 */
@Named
@ViewScoped
public class CourseProgrammeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoursePlanning planning;

    @Inject
    LanguageBacking language;

    private String code;
    private CoursePlan plan;
    /** Reference data for the choices, not view state: read again after the session was stored. */
    private transient PlanningOptions options;

    private ModuleForm moduleForm = new ModuleForm();
    private Long editedModuleId;

    private SessionForm sessionForm = new SessionForm();
    private Long sessionModuleId;
    private Long editedSessionId;
    private boolean confirming;

    /** From the calendar's free day: a module, a day and a room to start a new session with. */
    private Long startModule;
    private LocalDate startDay;
    private Long startRoom;

    public void load() {
        try {
            plan = planning.getPlan(code == null ? "" : code, language.getLocale());
        } catch (CourseNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
            return;
        }
        if (startModule != null && !Faces.isPostback()) {
            plan.modules().stream().filter(m -> m.id() == startModule.longValue()).findFirst().ifPresent(module -> {
                newSession(module);
                sessionForm.setDay(startDay);
                sessionForm.setRoomId(startRoom);
            });
        }
    }

    private void reload() {
        plan = planning.getPlan(code, language.getLocale());
    }

    // --- modules ---------------------------------------------------------------------------

    public void saveModule() {
        if (editedModuleId == null) {
            planning.addModule(code, plan.version(), moduleForm);
            Messages.addGlobalInfo("catalog.programme.module-added", moduleForm.getTitle().getDa());
        } else {
            planning.reviseModule(code, plan.version(), editedModuleId, moduleForm);
            Messages.addGlobalInfo("catalog.programme.module-saved", moduleForm.getTitle().getDa());
        }
        moduleForm = new ModuleForm();
        editedModuleId = null;
        reload();
    }

    public void editModule(ModulePlan module) {
        moduleForm = module.form();
        editedModuleId = module.id();
    }

    public void move(ModulePlan module, int direction) {
        planning.moveModule(code, plan.version(), module.id(), direction);
        reload();
    }

    public void removeModule(ModulePlan module) {
        planning.removeModule(code, plan.version(), module.id());
        Messages.addGlobalInfo("catalog.programme.module-removed", module.title());
        reload();
    }

    // --- sessions --------------------------------------------------------------------------

    public void newSession(ModulePlan module) {
        sessionForm = new SessionForm();
        sessionModuleId = module.id();
        editedSessionId = null;
        confirming = false;
    }

    public void editSession(ModulePlan module, SessionRow session) {
        sessionForm = session.form();
        sessionModuleId = module.id();
        editedSessionId = session.id();
        confirming = false;
    }

    public void saveSession() {
        store(false);
    }

    public void saveSessionAnyway() {
        store(true);
    }

    /** The warnings come back as an exception (nothing was saved); they are shown with a way to confirm. */
    private void store(boolean confirmed) {
        try {
            if (editedSessionId == null) {
                planning.scheduleSession(code, plan.version(), sessionModuleId, sessionForm, confirmed);
            } else {
                planning.rescheduleSession(code, plan.version(), editedSessionId, sessionForm, confirmed);
            }
        } catch (SchedulingWarningsException warnings) {
            Messages.addGlobalWarn(warnings.messageKey());
            warnings.details().forEach(w -> Messages.addGlobalWarn(w.key(), w.arguments()));
            confirming = true;
            return;
        }
        Messages.addGlobalInfo("catalog.programme.session-saved");
        cancelSession();
        reload();
    }

    public void cancelSession() {
        sessionForm = new SessionForm();
        sessionModuleId = null;
        editedSessionId = null;
        confirming = false;
    }

    public void removeSession(SessionRow session) {
        planning.removeSession(code, plan.version(), session.id());
        Messages.addGlobalInfo("catalog.programme.session-removed");
        reload();
    }

    public ModulePlan getSessionModule() {
        return plan.modules().stream().filter(m -> sessionModuleId != null && m.id() == sessionModuleId).findFirst().orElse(null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CoursePlan getPlan() {
        return plan;
    }

    public PlanningOptions getOptions() {
        if (options == null) {
            options = planning.options(language.getLocale());
        }
        return options;
    }

    public ModuleForm getModuleForm() {
        return moduleForm;
    }

    public boolean isEditingModule() {
        return editedModuleId != null;
    }

    public SessionForm getSessionForm() {
        return sessionForm;
    }

    public boolean isEditingSession() {
        return sessionModuleId != null;
    }

    /** A new session (not one being moved), which may repeat weekly. */
    public boolean isNewSession() {
        return editedSessionId == null;
    }

    public Long getStartModule() {
        return startModule;
    }

    public void setStartModule(Long startModule) {
        this.startModule = startModule;
    }

    public LocalDate getStartDay() {
        return startDay;
    }

    public void setStartDay(LocalDate startDay) {
        this.startDay = startDay;
    }

    public Long getStartRoom() {
        return startRoom;
    }

    public void setStartRoom(Long startRoom) {
        this.startRoom = startRoom;
    }

    public boolean isConfirming() {
        return confirming;
    }
}
