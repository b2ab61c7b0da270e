package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.CourseForm;
import dk.samspil.catalog.entity.CourseNotFoundException;
import dk.samspil.catalog.boundary.CoursePlan;
import dk.samspil.catalog.boundary.CoursePlanning;
import dk.samspil.catalog.boundary.PlanningOptions;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.Payer;
import dk.samspil.catalog.entity.TargetGroup;
import dk.samspil.catalog.entity.WaitingListPolicy;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * consultant/course-edit.xhtml: a new course ({@code ?code} absent) or an existing one, with its
 * lifecycle actions. Every action names the version the page was loaded with.
 */
@Named
@ViewScoped
public class CourseEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoursePlanning planning;

    @Inject
    LanguageBacking language;

    @Inject
    HttpServletRequest request;

    private String code;
    private CoursePlan plan;
    private CourseForm form;
    /** Reference data for the choices, not view state: read again after the session was stored. */
    private transient PlanningOptions options;
    private String cancellationReason;
    private String copyCode;
    private LocalDate copyStart;
    private boolean deleteConfirmed;

    public void load() {
        if (code == null || code.isBlank()) {
            form = planning.newForm(request.getRemoteUser());
            return;
        }
        try {
            plan = planning.getPlan(code, language.getLocale());
            form = plan.form();
        } catch (CourseNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public String save() {
        if (plan == null) {
            String created = planning.create(form);
            Messages.addFlashGlobalInfo("catalog.edit.created", created);
            return open(created);
        }
        planning.revise(code, plan.version(), form);
        Messages.addFlashGlobalInfo("catalog.edit.saved", form.getCode());
        return open(form.getCode());
    }

    public String publish() {
        planning.publish(code, plan.version());
        Messages.addFlashGlobalInfo("catalog.edit.published", code);
        return open(code);
    }

    public String cancel() {
        planning.cancel(code, plan.version(), cancellationReason);
        Messages.addFlashGlobalInfo("catalog.edit.cancelled", code);
        return open(code);
    }

    public String complete() {
        planning.complete(code, plan.version());
        Messages.addFlashGlobalInfo("catalog.edit.completed", code);
        return open(code);
    }

    public String delete() {
        planning.delete(code, plan.version());
        Messages.addFlashGlobalInfo("catalog.edit.deleted", code);
        return "/consultant/course-planning?faces-redirect=true";
    }

    public String copy() {
        String copied = planning.copy(code, copyCode, copyStart);
        Messages.addFlashGlobalInfo("catalog.edit.copied", code, copied);
        return open(copied);
    }

    static String open(String code) {
        return "/consultant/course-edit?faces-redirect=true&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    /** The entity's own rule for codes, so the form checks exactly what the database will accept. */
    public String getCodePattern() {
        return Course.CODE_PATTERN;
    }

    public boolean isDeleteConfirmed() {
        return deleteConfirmed;
    }

    public void setDeleteConfirmed(boolean deleteConfirmed) {
        this.deleteConfirmed = deleteConfirmed;
    }

    public TargetGroup[] getTargetGroups() {
        return TargetGroup.values();
    }

    public Payer[] getPayers() {
        return Payer.values();
    }

    public WaitingListPolicy[] getPolicies() {
        return WaitingListPolicy.values();
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

    public CourseForm getForm() {
        return form;
    }

    public PlanningOptions getOptions() {
        if (options == null) {
            options = planning.options(language.getLocale());
        }
        return options;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }

    public String getCopyCode() {
        return copyCode;
    }

    public void setCopyCode(String copyCode) {
        this.copyCode = copyCode;
    }

    public LocalDate getCopyStart() {
        return copyStart;
    }

    public void setCopyStart(LocalDate copyStart) {
        this.copyStart = copyStart;
    }
}
