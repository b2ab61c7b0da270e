package dk.samspil.partner.entity;

import dk.samspil.catalog.entity.CourseModule;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.people.entity.PartnerRuleException;
import dk.samspil.shared.LocalizedText;
import dk.samspil.shared.PersonalData.Kind;
import dk.samspil.shared.PersonalData;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A co-designing partner's wording of a module's description and learning objectives. The
 * consultant decides; accepting it rewrites the module. Either way the proposal is kept, so both
 * sides can read the module's history of co-creation.
 */
@Entity
@Table(name = "module_proposal")
public class ModuleProposal {

    public static final int RATIONALE_MAX = 1000;
    public static final int COMMENT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false)
    private CourseModule module;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_organisation_id", nullable = false)
    private PartnerOrganisation partner;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposed_by", nullable = false)
    @PersonalData(Kind.PERSON)
    private Account proposedBy;

    @NotNull
    @Column(name = "proposed_at", nullable = false)
    private LocalDateTime proposedAt;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "description_da", length = CourseModule.TEXT_MAX)),
            @AttributeOverride(name = "en", column = @Column(name = "description_en", length = CourseModule.TEXT_MAX))})
    private LocalizedText description;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "objectives_da", length = CourseModule.TEXT_MAX)),
            @AttributeOverride(name = "en", column = @Column(name = "objectives_en", length = CourseModule.TEXT_MAX))})
    private LocalizedText objectives;

    /** The module's wording when the proposal was decided: what an accepted proposal replaced. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "replaced_description_da", length = CourseModule.TEXT_MAX)),
            @AttributeOverride(name = "en", column = @Column(name = "replaced_description_en", length = CourseModule.TEXT_MAX))})
    private LocalizedText replacedDescription;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "replaced_objectives_da", length = CourseModule.TEXT_MAX)),
            @AttributeOverride(name = "en", column = @Column(name = "replaced_objectives_en", length = CourseModule.TEXT_MAX))})
    private LocalizedText replacedObjectives;

    @Size(max = RATIONALE_MAX)
    @Column(length = RATIONALE_MAX)
    @PersonalData(Kind.CONTENT)
    private String rationale;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProposalStatus status = ProposalStatus.PENDING;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    @PersonalData(Kind.PERSON)
    private Account decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Size(max = COMMENT_MAX)
    @Column(name = "decision_comment", length = COMMENT_MAX)
    @PersonalData(Kind.CONTENT)
    private String decisionComment;

    @Version
    private long version;

    protected ModuleProposal() {
    }

    public ModuleProposal(CourseModule module, Account proposedBy, LocalizedText description,
                          LocalizedText objectives, String rationale, LocalDateTime now) {
        if (proposedBy.getPartnerOrganisation() == null) {
            throw new IllegalArgumentException("Only a partner's contact can propose");
        }
        if (Objects.equals(description, module.getDescription())
                && Objects.equals(objectives, module.getObjectives())) {
            throw new PartnerRuleException("objectives", "partner.proposals.unchanged");
        }
        this.module = module;
        this.partner = proposedBy.getPartnerOrganisation();
        this.proposedBy = proposedBy;
        this.description = description;
        this.objectives = objectives;
        this.rationale = rationale == null || rationale.isBlank() ? null : rationale.strip();
        this.proposedAt = now;
    }

    public void accept(Account consultant, String comment, LocalDateTime now) {
        decide(ProposalStatus.ACCEPTED, consultant, comment, now);
        module.adopt(description, objectives);
    }

    /** A rejection always says why, so the partner can propose something better. */
    public void reject(Account consultant, String comment, LocalDateTime now) {
        if (comment == null || comment.isBlank()) {
            throw new PartnerRuleException("comment", "partner.proposals.reject-needs-reason");
        }
        decide(ProposalStatus.REJECTED, consultant, comment, now);
    }

    private void decide(ProposalStatus outcome, Account consultant, String comment, LocalDateTime now) {
        if (status != ProposalStatus.PENDING) {
            throw new PartnerRuleException(null, "partner.proposals.already-decided");
        }
        if (comment != null && comment.strip().length() > COMMENT_MAX) {
            throw new PartnerRuleException("comment", "partner.proposals.comment.too-long", COMMENT_MAX);
        }
        status = outcome;
        replacedDescription = module.getDescription();
        replacedObjectives = module.getObjectives();
        decidedBy = consultant;
        decidedAt = now;
        decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public Long getId() {
        return id;
    }

    public CourseModule getModule() {
        return module;
    }

    public PartnerOrganisation getPartner() {
        return partner;
    }

    public Account getProposedBy() {
        return proposedBy;
    }

    public LocalDateTime getProposedAt() {
        return proposedAt;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public LocalizedText getReplacedDescription() {
        return replacedDescription;
    }

    public LocalizedText getReplacedObjectives() {
        return replacedObjectives;
    }

    public boolean isPending() {
        return status == ProposalStatus.PENDING;
    }

    public LocalizedText getObjectives() {
        return objectives;
    }

    public String getRationale() {
        return rationale;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public Account getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }
}
