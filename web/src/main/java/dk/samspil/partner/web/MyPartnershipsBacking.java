package dk.samspil.partner.web;

import dk.samspil.catalog.entity.CourseModule;
import dk.samspil.partner.boundary.CoDesignedModule;
import dk.samspil.partner.boundary.HostedSession;
import dk.samspil.partner.boundary.PartnershipRow;
import dk.samspil.partner.boundary.Partnerships;
import dk.samspil.partner.boundary.ProposalRow;
import dk.samspil.shared.BilingualText;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * partner/my-partnerships.xhtml: the caller's organisation's courses, the modules it co-designs
 * (with the form to propose new wording), its proposals and the sessions it hosts.
 */
@Named
@ViewScoped
public class MyPartnershipsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Partnerships partnerships;

    @Inject
    LanguageBacking language;

    private List<PartnershipRow> rows;
    private List<CoDesignedModule> modules;
    private List<ProposalRow> proposals;
    private List<HostedSession> sessions;
    private List<HostedSession> taught;

    private CoDesignedModule proposing;
    private BilingualText description = new BilingualText(CourseModule.TEXT_MAX);
    private BilingualText objectives = new BilingualText(CourseModule.TEXT_MAX);
    private String rationale;

    private HostedSession shownSession;
    private List<String> participants;

    @PostConstruct
    void load() {
        rows = partnerships.findMine(language.getLocale());
        modules = partnerships.findCoDesignedModules(language.getLocale());
        proposals = partnerships.findProposals(language.getLocale());
        sessions = partnerships.findHostedSessions(language.getLocale());
        taught = partnerships.findTaughtSessions(language.getLocale());
    }

    /** The form starts from the module's current wording. */
    public void startProposal(CoDesignedModule module) {
        proposing = module;
        description = new BilingualText(CourseModule.TEXT_MAX);
        description.setDa(module.descriptionDa());
        description.setEn(module.descriptionEn());
        objectives = new BilingualText(CourseModule.TEXT_MAX);
        objectives.setDa(module.objectivesDa());
        objectives.setEn(module.objectivesEn());
        rationale = null;
    }

    public void propose() {
        partnerships.propose(proposing.id(), description.getDa(), description.getEn(), objectives.getDa(),
                objectives.getEn(), rationale);
        Messages.addGlobalInfo("partner.proposals.sent", proposing.moduleTitle());
        proposing = null;
        load();
    }

    public void stopProposal() {
        proposing = null;
    }

    public void showParticipants(HostedSession session) {
        participants = partnerships.findParticipants(session.id());
        shownSession = session;
    }

    public List<PartnershipRow> getRows() {
        return rows;
    }

    public List<CoDesignedModule> getModules() {
        return modules;
    }

    public List<ProposalRow> getProposals() {
        return proposals;
    }

    public List<HostedSession> getSessions() {
        return sessions;
    }

    public List<HostedSession> getTaught() {
        return taught;
    }

    public CoDesignedModule getProposing() {
        return proposing;
    }

    public HostedSession getShownSession() {
        return shownSession;
    }

    public List<String> getParticipants() {
        return participants;
    }

    public BilingualText getDescription() {
        return description;
    }

    public BilingualText getObjectives() {
        return objectives;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }
}
