package dk.samspil.partner.boundary;

import dk.samspil.catalog.entity.CourseModule;
import dk.samspil.catalog.entity.CoursePartner;
import dk.samspil.catalog.entity.CourseSession;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.PartnerRole;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.partner.entity.ModuleProposal;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.people.entity.PartnerRuleException;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A partner contact's view, always scoped to the caller's own organisation: its partnerships,
 * the modules it co-designs and its proposals for them, and the sessions it hosts. Participants'
 * names are shown only for a session the organisation hosts, and nothing more about them.
 */
@Stateless
@RolesAllowed(Role.PARTNER_NAME)
public class Partnerships {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    public List<PartnershipRow> findMine(Locale locale) {
        return myOrganisation().map(mine -> em.createQuery("""
                        SELECT p FROM CoursePartner p JOIN FETCH p.course c LEFT JOIN FETCH p.module
                        WHERE p.partner = :mine ORDER BY c.code, p.role""", CoursePartner.class)
                .setParameter("mine", mine)
                .getResultStream()
                .map(p -> new PartnershipRow(p.getCourse().getCode(), p.getCourse().getTitle().in(locale),
                        p.getCourse().getStatus(), p.getRole(),
                        p.getModule() == null ? null : p.getModule().getTitle().in(locale),
                        LocalizedText.in(p.getContribution(), locale)))
                .toList()).orElse(List.of());
    }

    public List<CoDesignedModule> findCoDesignedModules(Locale locale) {
        return coDesignedModules().stream()
                .map(m -> new CoDesignedModule(m.getId(), m.getCourse().getCode(), m.getCourse().getTitle().in(locale),
                        m.getTitle().in(locale), da(m.getDescription()), en(m.getDescription()),
                        da(m.getObjectives()), en(m.getObjectives())))
                .toList();
    }

    /** A proposal for a module the organisation does not co-design is answered as if the module did not exist. */
    public void propose(long moduleId, String descriptionDa, String descriptionEn, String objectivesDa,
                        String objectivesEn, String rationale) {
        CourseModule module = coDesignedModules().stream().filter(m -> m.getId() == moduleId).findFirst()
                .orElseThrow(() -> new PartnerNotFoundException("module", moduleId));
        if (module.getCourse().getStatus() == CourseStatus.CANCELLED
                || module.getCourse().getStatus() == CourseStatus.COMPLETED) {
            throw new PartnerRuleException(null, "partner.proposals.course-closed");
        }
        em.persist(new ModuleProposal(module, callers.me(), LocalizedText.optional(descriptionDa, descriptionEn),
                LocalizedText.optional(objectivesDa, objectivesEn), rationale, DanishTime.now()));
    }

    /** The organisation's proposals, pending or decided, newest first: one statement. */
    public List<ProposalRow> findProposals(Locale locale) {
        return myOrganisation().map(mine -> em.createQuery("""
                        SELECT p FROM ModuleProposal p JOIN FETCH p.module m JOIN FETCH m.course
                        JOIN FETCH p.partner JOIN FETCH p.proposedBy LEFT JOIN FETCH p.decidedBy
                        WHERE p.partner = :mine ORDER BY p.proposedAt DESC""", ModuleProposal.class)
                .setParameter("mine", mine)
                .getResultStream()
                .map(p -> ProposalRow.of(p, locale))
                .toList()).orElse(List.of());
    }

    /** Sessions the organisation hosts, with the number of participants holding a seat: two statements. */
    public List<HostedSession> findHostedSessions(Locale locale) {
        return myOrganisation().map(mine -> hostedSessions(mine, locale)).orElse(List.of());
    }

    private List<HostedSession> hostedSessions(PartnerOrganisation mine, Locale locale) {
        Map<Long, Long> seats = em.createQuery("""
                        SELECT e.course.id, COUNT(e) FROM Enrolment e
                        WHERE e.status IN :holding AND e.course.id IN (
                            SELECT m.course.id FROM CourseSession s JOIN s.module m WHERE s.hostPartner = :mine)
                        GROUP BY e.course.id""", Object[].class)
                .setParameter("holding", EnrolmentStatus.SEAT_HOLDING)
                .setParameter("mine", mine)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return hosted(mine).stream()
                .map(s -> new HostedSession(s.getId(), s.getModule().getCourse().getCode(),
                        s.getModule().getCourse().getTitle().in(locale), s.getModule().getTitle().in(locale),
                        s.getStartsAt(), s.getEndsAt(), s.getRoom().getLabel(),
                        seats.getOrDefault(s.getModule().getCourse().getId(), 0L)))
                .toList();
    }

    /** Sessions the caller teaches as a facilitator, with a way to their attendance registers: one statement. */
    public List<HostedSession> findTaughtSessions(Locale locale) {
        return em.createQuery("""
                        SELECT s FROM CourseSession s JOIN FETCH s.module m JOIN FETCH m.course c JOIN FETCH s.room
                        JOIN s.facilitators f
                        WHERE f.email = :me AND c.status = :published ORDER BY s.startsAt""", CourseSession.class)
                .setParameter("me", callers.myEmail())
                .setParameter("published", CourseStatus.PUBLISHED)
                .getResultStream()
                .map(s -> new HostedSession(s.getId(), s.getModule().getCourse().getCode(),
                        s.getModule().getCourse().getTitle().in(locale), s.getModule().getTitle().in(locale),
                        s.getStartsAt(), s.getEndsAt(), s.getRoom().getLabel(), 0))
                .toList();
    }

    /** Names only, and only for a session the caller's organisation hosts. */
    public List<String> findParticipants(long sessionId) {
        CourseSession session = myOrganisation().map(this::hosted).orElse(List.of()).stream()
                .filter(s -> s.getId() == sessionId).findFirst()
                .orElseThrow(() -> new PartnerNotFoundException("session", sessionId));
        return em.createQuery("""
                        SELECT a.displayName FROM Enrolment e JOIN e.participant a
                        WHERE e.course = :course AND e.status IN :holding ORDER BY a.displayName""", String.class)
                .setParameter("course", session.getModule().getCourse())
                .setParameter("holding", EnrolmentStatus.SEAT_HOLDING)
                .getResultList();
    }

    private List<CourseSession> hosted(PartnerOrganisation mine) {
        return em.createQuery("""
                        SELECT s FROM CourseSession s JOIN FETCH s.module m JOIN FETCH m.course c JOIN FETCH s.room
                        WHERE s.hostPartner = :mine AND c.status <> :draft ORDER BY s.startsAt""", CourseSession.class)
                .setParameter("mine", mine)
                .setParameter("draft", CourseStatus.DRAFT)
                .getResultList();
    }

    private List<CourseModule> coDesignedModules() {
        return myOrganisation().map(mine -> em.createQuery("""
                        SELECT DISTINCT m FROM CourseModule m JOIN FETCH m.course c, CoursePartner p
                        WHERE p.course = c AND p.partner = :mine AND p.role = :coDesigner
                          AND (p.module IS NULL OR p.module = m)
                        ORDER BY c.code, m.position""", CourseModule.class)
                .setParameter("mine", mine)
                .setParameter("coDesigner", PartnerRole.CO_DESIGNER)
                .getResultList()).orElse(List.of());
    }

    /** The organisation the caller represents; a PARTNER login made by an administrator may have none yet. */
    private Optional<PartnerOrganisation> myOrganisation() {
        return em.createQuery("SELECT o FROM Account a JOIN a.partnerOrganisation o WHERE a.email = :email",
                        PartnerOrganisation.class)
                .setParameter("email", callers.myEmail())
                .getResultStream().findFirst();
    }

    private static String da(LocalizedText text) {
        return text == null ? null : text.da();
    }

    private static String en(LocalizedText text) {
        return text == null ? null : text.en();
    }
}
