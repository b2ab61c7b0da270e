package dk.samspil.partner.boundary;

import java.io.Serializable;

import dk.samspil.partner.entity.ModuleProposal;
import dk.samspil.partner.entity.ProposalStatus;
import dk.samspil.shared.LocalizedText;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A proposal with the module's wording before it: today's wording while it waits, the wording it
 * was weighed against once decided (what an accepted proposal replaced), as both the consultant and
 * the partner read it in the history.
 */
public record ProposalRow(long id, String courseCode, String moduleTitle, String partner, String proposedBy,
                          LocalDateTime proposedAt, String beforeDescription, String beforeObjectives,
                          String descriptionDa, String descriptionEn, String objectivesDa, String objectivesEn,
                          String rationale, ProposalStatus status, String decidedBy, LocalDateTime decidedAt,
                          String decisionComment) implements Serializable {

    static ProposalRow of(ModuleProposal p, Locale locale) {
        var module = p.getModule();
        return new ProposalRow(p.getId(), module.getCourse().getCode(), module.getTitle().in(locale),
                p.getPartner().getName(), p.getProposedBy().getDisplayName(), p.getProposedAt(),
                LocalizedText.in(p.isPending() ? module.getDescription() : p.getReplacedDescription(), locale),
                LocalizedText.in(p.isPending() ? module.getObjectives() : p.getReplacedObjectives(), locale),
                p.getDescription() == null ? null : p.getDescription().da(),
                p.getDescription() == null ? null : p.getDescription().en(),
                p.getObjectives() == null ? null : p.getObjectives().da(),
                p.getObjectives() == null ? null : p.getObjectives().en(),
                p.getRationale(), p.getStatus(), p.getDecidedBy() == null ? null : p.getDecidedBy().getDisplayName(),
                p.getDecidedAt(), p.getDecisionComment());
    }

    public boolean isPending() {
        return status == ProposalStatus.PENDING;
    }
}
