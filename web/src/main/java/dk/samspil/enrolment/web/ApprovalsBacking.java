package dk.samspil.enrolment.web;

import dk.samspil.enrolment.boundary.ApprovalOutcome;
import dk.samspil.enrolment.boundary.Approvals;
import dk.samspil.enrolment.boundary.PendingApproval;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** leader/approvals.xhtml: the staff's enrolments that wait for the leader, decided one by one or together. */
@Named
@ViewScoped
public class ApprovalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Approvals approvals;

    @Inject
    LanguageBacking language;

    private List<PendingApproval> rows;
    private final Map<Long, Boolean> chosen = new HashMap<>();
    private final Map<Long, String> references = new HashMap<>();
    private String comment;

    @PostConstruct
    void load() {
        rows = approvals.findPending(language.getLocale());
        chosen.clear();
        references.clear();
        rows.stream().filter(row -> row.payerReference() != null)
                .forEach(row -> references.put(row.id(), row.payerReference()));
    }

    public void approve() {
        ApprovalOutcome outcome = approvals.approve(chosenIds(), comment, references);
        Messages.addGlobalInfo("enrolment.approvals.approved", outcome.confirmed(), outcome.waitlisted());
        if (outcome.full() > 0) {
            Messages.addGlobalWarn("enrolment.approvals.full", outcome.full());
        }
        startOver();
    }

    public void reject() {
        ApprovalOutcome outcome = approvals.reject(chosenIds(), comment);
        Messages.addGlobalInfo("enrolment.approvals.rejected", outcome.rejected());
        startOver();
    }

    private List<Long> chosenIds() {
        return chosen.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    private void startOver() {
        comment = null;
        load();
    }

    public List<PendingApproval> getRows() {
        return rows;
    }

    public Map<Long, Boolean> getChosen() {
        return chosen;
    }

    /** The payer's reference for each place, by enrolment; given where the course is paid for by an institution. */
    public Map<Long, String> getReferences() {
        return references;
    }

    public boolean isReferenceAsked() {
        return rows.stream().anyMatch(PendingApproval::referenceAsked);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
