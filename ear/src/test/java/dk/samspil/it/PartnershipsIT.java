package dk.samspil.it;

import dk.samspil.partner.boundary.PartnerNotFoundException;
import dk.samspil.partner.boundary.Partnerships;
import dk.samspil.partner.boundary.ProposalRow;
import dk.samspil.partner.boundary.Proposals;
import dk.samspil.people.entity.PartnerRuleException;
import dk.samspil.partner.entity.ProposalStatus;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Object-level authorization for partners: each sees and proposes only within its own
 * organisation's partnerships, and sees participants' names only for sessions it hosts.
 */
class PartnershipsIT extends InContainerTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PartnershipsIT.class, AsPartnerA.class, AsPartnerB.class,
                AsPlanner.class);
    }

    @Inject
    Partnerships partnerships;

    @Inject
    Proposals proposals;

    @Inject
    AsPartnerA asPartnerA;

    @Inject
    AsPartnerB asPartnerB;

    @Inject
    AsPlanner asPlanner;

    private TestDatabase.Course course;
    private long partnerA;

    /** Partner A co-designs and hosts a fresh course; partner B is a fresh organisation with nothing. */
    @BeforeEach
    void twoPartners() {
        course = db.course("PUBLISHED", 20);
        partnerA = db.partnerLogin(TestPeople.PARTNER_A);
        db.partnerLogin(TestPeople.PARTNER_B);
        db.login(TestPeople.PLANNER, "CONSULTANT");
        db.link(course, partnerA, "CO_DESIGNER", course.moduleId());
        db.link(course, partnerA, "HOST", null);
        db.host(course, partnerA);
    }

    private void proposeAsA(String objectives) throws Exception {
        asPartnerA.call(() -> {
            partnerships.propose(course.moduleId(), null, null, objectives, null, "Mere praksisnært");
            return null;
        });
    }

    @Test
    void aCoDesignerProposesAndTheConsultantAccepts() throws Exception {
        proposeAsA("Eleverne møder foreningslivet i skoletiden.");
        ProposalRow pending = asPlanner.call(() -> proposals.findForCourse(course.code(), DANISH)).get(0);
        assertTrue(pending.isPending());

        asPlanner.call(() -> { proposals.accept(pending.id(), "Godt forslag"); return null; });

        assertEquals("Eleverne møder foreningslivet i skoletiden.",
                db.value("SELECT objectives_da FROM course_module WHERE id = ?", course.moduleId()));
        ProposalRow decided = asPartnerA.call(() -> partnerships.findProposals(DANISH)).get(0);
        assertEquals(ProposalStatus.ACCEPTED, decided.status());
        assertEquals("Godt forslag", decided.decisionComment());
    }

    @Test
    void aRejectionNeedsAReasonAndLeavesTheModuleAlone() throws Exception {
        proposeAsA("Et andet læringsmål");
        long id = asPlanner.call(() -> proposals.findForCourse(course.code(), DANISH)).get(0).id();
        assertThrows(PartnerRuleException.class, () -> asPlanner.call(() -> { proposals.reject(id, " "); return null; }));
        asPlanner.call(() -> { proposals.reject(id, "Passer ikke til modulets omfang"); return null; });
        assertEquals("Læringsmål for modulet",
                db.value("SELECT objectives_da FROM course_module WHERE id = ?", course.moduleId()));
        assertEquals("REJECTED", db.value("SELECT status FROM module_proposal WHERE id = ?", id));
    }

    @Test
    void anotherPartnerCanNeitherProposeForTheModuleNorSeeTheProposals() throws Exception {
        proposeAsA("Partner A's forslag");
        assertThrows(PartnerNotFoundException.class, () -> asPartnerB.call(() -> {
            partnerships.propose(course.moduleId(), null, null, "Partner B's forslag", null, null);
            return null;
        }));
        assertEquals(1L, db.value("SELECT COUNT(*) FROM module_proposal WHERE module_id = ?", course.moduleId()));
        assertEquals(List.of(), asPartnerB.call(() -> partnerships.findProposals(DANISH)));
        assertEquals(List.of(), asPartnerB.call(() -> partnerships.findMine(DANISH)));
        assertEquals(List.of(), asPartnerB.call(() -> partnerships.findCoDesignedModules(DANISH)));
    }

    @Test
    void onlyTheHostSeesParticipantsAndOnlyTheirNames() throws Exception {
        String anne = db.account("Anne Ærø", null, "PARTICIPANT");
        db.enrol(course, anne, "CONFIRMED");
        db.enrol(course, db.account("Bo Venter", null, "PARTICIPANT"), "WAITLISTED");
        long session = asPartnerA.call(() -> partnerships.findHostedSessions(DANISH)).stream()
                .filter(s -> s.courseCode().equals(course.code())).findFirst().orElseThrow().id();

        assertEquals(List.of("Anne Ærø"), asPartnerA.call(() -> partnerships.findParticipants(session)));
        assertEquals(1L, asPartnerA.call(() -> partnerships.findHostedSessions(DANISH)).stream()
                .filter(s -> s.id() == session).findFirst().orElseThrow().participants());
        assertThrows(PartnerNotFoundException.class, () -> asPartnerB.call(() -> partnerships.findParticipants(session)));
        assertNull(db.value("SELECT id FROM module_proposal WHERE module_id = ?", course.moduleId()));
    }
}
