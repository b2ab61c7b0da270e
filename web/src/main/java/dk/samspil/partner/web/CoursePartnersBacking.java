package dk.samspil.partner.web;

import dk.samspil.catalog.entity.CourseNotFoundException;
import dk.samspil.catalog.boundary.CoursePlan;
import dk.samspil.catalog.boundary.CoursePlan.LinkRow;
import dk.samspil.catalog.boundary.CoursePlanning;
import dk.samspil.catalog.boundary.PlanningOptions;
import dk.samspil.catalog.entity.PartnerRole;
import dk.samspil.partner.boundary.ProposalRow;
import dk.samspil.partner.boundary.Proposals;
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
 * consultant/course-partners.xhtml: which partner organisations take part in the course and how,
 * and the co-designers' proposals for its modules, which the consultant accepts or rejects.
 */
@Named
@ViewScoped
public class CoursePartnersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoursePlanning planning;

    @Inject
    Proposals proposals;

    @Inject
    LanguageBacking language;

    private String code;
    private CoursePlan plan;
    /** Reference data for the choices, not view state: read again after the session was stored. */
    private transient PlanningOptions options;
    private List<ProposalRow> proposalRows;
    private final Map<Long, String> comments = new HashMap<>();

    private Long partnerId;
    private PartnerRole role = PartnerRole.CO_DESIGNER;
    private Long moduleId;
    private String contributionDa;
    private String contributionEn;

    public void load() {
        try {
            reload();
        } catch (CourseNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    private void reload() {
        plan = planning.getPlan(code == null ? "" : code, language.getLocale());
        proposalRows = proposals.findForCourse(plan.code(), language.getLocale());
    }

    public void link() {
        planning.link(code, plan.version(), partnerId, role, moduleId, contributionDa, contributionEn);
        Messages.addGlobalInfo("catalog.partners.linked");
        partnerId = null;
        moduleId = null;
        contributionDa = null;
        contributionEn = null;
        reload();
    }

    public void unlink(LinkRow link) {
        planning.unlink(code, plan.version(), link.id());
        Messages.addGlobalInfo("catalog.partners.unlinked", link.partner());
        reload();
    }

    public void accept(ProposalRow proposal) {
        proposals.accept(proposal.id(), comments.get(proposal.id()));
        Messages.addGlobalInfo("partner.proposals.accepted", proposal.moduleTitle());
        reload();
    }

    public void reject(ProposalRow proposal) {
        proposals.reject(proposal.id(), comments.get(proposal.id()));
        Messages.addGlobalInfo("partner.proposals.rejected", proposal.moduleTitle());
        reload();
    }

    public PartnerRole[] getRoles() {
        return PartnerRole.values();
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

    public List<ProposalRow> getProposals() {
        return proposalRows;
    }

    /** One comment field per proposal, keyed by its id. */
    public Map<Long, String> getComments() {
        return comments;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public PartnerRole getRole() {
        return role;
    }

    public void setRole(PartnerRole role) {
        this.role = role;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public void setModuleId(Long moduleId) {
        this.moduleId = moduleId;
    }

    public String getContributionDa() {
        return contributionDa;
    }

    public void setContributionDa(String contributionDa) {
        this.contributionDa = contributionDa;
    }

    public String getContributionEn() {
        return contributionEn;
    }

    public void setContributionEn(String contributionEn) {
        this.contributionEn = contributionEn;
    }
}
