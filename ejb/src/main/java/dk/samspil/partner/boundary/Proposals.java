package dk.samspil.partner.boundary;

import dk.samspil.partner.entity.ModuleProposal;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The consultant decides on partners' proposals for a course's modules; every decision is kept. */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class Proposals {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** Pending proposals first, then the history, newest first: one statement. */
    public List<ProposalRow> findForCourse(String code, Locale locale) {
        return em.createQuery("""
                        SELECT p FROM ModuleProposal p JOIN FETCH p.module m JOIN FETCH m.course c
                        JOIN FETCH p.partner JOIN FETCH p.proposedBy LEFT JOIN FETCH p.decidedBy
                        WHERE c.code = :code ORDER BY p.proposedAt DESC""", ModuleProposal.class)
                .setParameter("code", code)
                .getResultStream()
                .map(p -> ProposalRow.of(p, locale))
                .sorted(Comparator.comparing(row -> !row.isPending()))
                .toList();
    }

    /** Accepting rewrites the module's description and objectives with the partner's wording. */
    public void accept(long id, String comment) {
        ModuleProposal proposal = get(id);
        em.lock(proposal.getModule(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        // The course's version too: a planning page opened before this must not write the old text back.
        em.lock(proposal.getModule().getCourse(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        proposal.accept(callers.me(), comment, DanishTime.now());
    }

    public void reject(long id, String comment) {
        get(id).reject(callers.me(), comment, DanishTime.now());
    }

    private ModuleProposal get(long id) {
        ModuleProposal proposal = em.find(ModuleProposal.class, id);
        if (proposal == null) {
            throw new PartnerNotFoundException("proposal", id);
        }
        return proposal;
    }
}
