package dk.samspil.it;

import dk.samspil.enrolment.boundary.Approvals;
import dk.samspil.enrolment.boundary.CourseEnrolments;
import dk.samspil.enrolment.boundary.PendingApproval;
import dk.samspil.enrolment.entity.EnrolmentRefusedException;
import dk.samspil.finance.boundary.Billing;
import dk.samspil.finance.boundary.BillingPreview;
import dk.samspil.finance.entity.BillingRefusedException;
import dk.samspil.finance.boundary.InvoiceQuery;
import dk.samspil.finance.boundary.RunOutcome;
import dk.samspil.finance.entity.BillingBasis;
import dk.samspil.finance.entity.InvoiceKind;
import dk.samspil.finance.entity.InvoiceState;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Billing against the real database: only the finance office sees and issues; a run issues what the
 * dry run showed, numbered without gaps, once, however many runs and withdrawals collide; a
 * cancelled course is credited; a leader gives the payer's reference when approving.
 */
class BillingIT extends InContainerTest {

    private static final String EAN = "5798000416604";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(BillingIT.class, AsFinance.class, AsAdmin.class, AsLeader.class,
                AsPlanner.class);
    }

    @Inject
    Billing billing;

    @Inject
    Approvals approvals;

    @Inject
    CourseEnrolments enrolments;

    @Inject
    AsFinance asFinance;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsLeader asLeader;

    @Inject
    AsPlanner asPlanner;

    @BeforeEach
    void logins() {
        db.login(TestPeople.FINANCE, "FINANCE");
        db.login(TestPeople.PLANNER, "CONSULTANT");
    }

    /** A school that pays by EAN, with a standing reference, maybe wanting a reference per place. */
    private long payingSchool(boolean referencePerPlace) {
        long school = db.institution("Betalerskolen");
        db.update("UPDATE institution SET ean = ?, invoice_reference = 'Skoleleder Bo', reference_required = ? WHERE id = ?",
                EAN, referencePerPlace, school);
        return school;
    }

    /** A course for 1.450 kr. paid by the participants' school, whose withdrawal deadline was yesterday. */
    private TestDatabase.Course paidCourse() {
        var course = db.course("PUBLISHED", 10);
        db.set(course, "price = 1450.00, payer = 'INSTITUTION', withdrawal_deadline = CURDATE() - INTERVAL 1 DAY");
        return course;
    }

    private String place(TestDatabase.Course course, long school, String name, String status) {
        String email = db.account(name, school, "PARTICIPANT");
        db.enrol(course, email, status);
        return email;
    }

    private long enrolmentOf(String email) {
        return ((Number) db.value("SELECT e.id FROM enrolment e JOIN account a ON a.id = e.account_id WHERE a.email = ?",
                email)).longValue();
    }

    private static BillingPreview.Document documentFor(BillingPreview preview, TestDatabase.Course course, InvoiceKind kind) {
        return preview.documents().stream().filter(d -> d.courseCode().equals(course.code()) && d.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " for " + course.code() + " in " + preview));
    }

    /** Every document ever issued is numbered 1 … n, and the series' counter stands at n. */
    private void assertNumbersWithoutGaps() {
        Object[] numbers = db.row("SELECT COUNT(*), MIN(number), MAX(number) FROM invoice");
        long count = ((Number) numbers[0]).longValue();
        assertEquals(1L, ((Number) numbers[1]).longValue());
        assertEquals(count, ((Number) numbers[2]).longValue(), "no number skipped");
        assertEquals(count, ((Number) db.value("SELECT last_number FROM invoice_counter")).longValue());
    }

    @Test
    void onlyTheFinanceOfficeSeesOrIssuesInvoices() {
        assertThrows(EJBAccessException.class, () -> asAdmin.get(() -> billing.preview()));
        assertThrows(EJBAccessException.class, () -> asPlanner.call(() -> billing.issue()));
        assertThrows(EJBAccessException.class, () -> asLeader.call(() -> billing.invoices(InvoiceQuery.all())));
        assertThrows(EJBAccessException.class, () -> asAdmin.get(() -> billing.markPaid(Set.of(1L))));
        assertThrows(EJBAccessException.class, billing::runs);
    }

    @Test
    void theDryRunShowsEveryLineAndWhyAndTheRunIssuesItOnce() throws Exception {
        long school = payingSchool(false);
        var course = paidCourse();
        String anne = place(course, school, "Anne Betaler", "CONFIRMED");
        String lars = place(course, school, "Lars Sentafmeldt", "WITHDRAWN");
        db.update("UPDATE enrolment SET seat_released_at = NOW() WHERE id = ?", enrolmentOf(lars));
        String jonas = place(course, school, "Jonas Itide", "WITHDRAWN");
        db.update("UPDATE enrolment SET seat_released_at = CURDATE() - INTERVAL 2 DAY WHERE id = ?", enrolmentOf(jonas));
        place(course, school, "Sofie Venteliste", "WAITLISTED");
        db.update("UPDATE enrolment SET payer_reference = 'PO-17' WHERE id = ?", enrolmentOf(anne));

        BillingPreview.Document due = documentFor(asFinance.get(() -> billing.preview()), course, InvoiceKind.INVOICE);
        assertEquals(List.of("Anne Betaler", "Lars Sentafmeldt"),
                due.lines().stream().map(BillingPreview.Line::participantName).toList());
        assertEquals(List.of(BillingBasis.SEATED, BillingBasis.WITHDRAWN_LATE),
                due.lines().stream().map(BillingPreview.Line::basis).toList());
        assertEquals(0, new BigDecimal("2900.00").compareTo(due.total()));
        assertEquals(EAN, due.address());
        assertEquals("Skoleleder Bo", due.buyerReference());

        RunOutcome run = asFinance.get(() -> billing.issue());
        assertTrue(run.invoices() >= 1 && run.lastNumber() >= run.firstNumber());
        Object[] invoice = db.row("SELECT id, number, total, buyer_ean, state FROM invoice WHERE course_id = ? AND kind = 'INVOICE'",
                course.id());
        assertEquals(0, new BigDecimal("2900.00").compareTo((BigDecimal) invoice[2]));
        assertEquals(EAN, invoice[3]);
        assertEquals("ISSUED", invoice[4]);
        String xml = new String(asFinance.get(() -> billing.document(((Number) invoice[0]).longValue())).content(),
                StandardCharsets.UTF_8);
        assertTrue(xml.contains("<cbc:EndpointID schemeID=\"0088\">" + EAN + "</cbc:EndpointID>"), xml);
        assertTrue(xml.contains("Deltager: Anne Betaler") && xml.contains("<cbc:AccountingCost>PO-17</cbc:AccountingCost>"), xml);
        assertTrue(xml.contains("Deltager: Lars Sentafmeldt (afmeldt efter afmeldingsfristen)"), xml);
        assertEquals(Boolean.TRUE, db.value("SELECT invoiced FROM course WHERE id = ?", course.id()));
        assertNumbersWithoutGaps();

        assertTrue(asFinance.get(() -> billing.preview()).documents().stream()
                .noneMatch(d -> d.courseCode().equals(course.code())), "a place is invoiced once");
        long id = ((Number) invoice[0]).longValue();
        assertEquals(1, asFinance.get(() -> billing.markSent(Set.of(id))));
        assertEquals(0, asFinance.get(() -> billing.markSent(Set.of(id))), "already sent");
        assertEquals(1, asFinance.get(() -> billing.markPaid(Set.of(id))));
        assertEquals("PAID", db.value("SELECT state FROM invoice WHERE id = ?", id));
        assertEquals(2, asFinance.get(() -> billing.summary(run.runId())).stream()
                .filter(row -> row.courseCode().equals(course.code())).count());
    }

    @Test
    void aCancelledCourseIsCreditedByACreditNoteReferringToItsInvoice() {
        long school = payingSchool(false);
        var course = paidCourse();
        place(course, school, "Karen Aflyst", "CONFIRMED");
        place(course, school, "Ole Aflyst", "COMPLETED");
        asFinance.get(() -> billing.issue());
        long invoice = ((Number) db.value("SELECT id FROM invoice WHERE course_id = ? AND kind = 'INVOICE'", course.id()))
                .longValue();

        db.set(course, "status = 'CANCELLED', cancellation_reason = 'For få tilmeldte'");
        BillingPreview.Document credit = documentFor(asFinance.get(() -> billing.preview()), course, InvoiceKind.CREDIT_NOTE);
        assertEquals(2, credit.lines().size());
        assertEquals(((Number) db.value("SELECT number FROM invoice WHERE id = ?", invoice)).longValue(),
                credit.creditsNumber());
        asFinance.get(() -> billing.issue());

        Object[] note = db.row("SELECT id, total, credits_id FROM invoice WHERE course_id = ? AND kind = 'CREDIT_NOTE'", course.id());
        assertEquals(0, new BigDecimal("2900.00").compareTo((BigDecimal) note[1]));
        assertEquals(invoice, ((Number) note[2]).longValue());
        String xml = new String(asFinance.get(() -> billing.document(((Number) note[0]).longValue())).content(),
                StandardCharsets.UTF_8);
        assertTrue(xml.contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>"), xml);
        assertTrue(asFinance.get(() -> billing.preview()).documents().stream()
                .noneMatch(d -> d.courseCode().equals(course.code())), "credited once");
        assertNumbersWithoutGaps();
    }

    /** A document the official rules refuse (here the college's CVR number is misconfigured) stops the whole run. */
    @Test
    void aDocumentThatFailsTheOfficialRulesIsNotIssuedAndTheErrorsAreTold() {
        long school = payingSchool(false);
        var course = paidCourse();
        place(course, school, "Fejl Iregler", "CONFIRMED");
        Object counterBefore = db.value("SELECT last_number FROM invoice_counter");
        System.setProperty("samspil.college.cvr", "1234");
        BillingRefusedException refused;
        try {
            refused = assertThrows(BillingRefusedException.class, () -> asFinance.get(() -> billing.issue()));
        } finally {
            System.clearProperty("samspil.college.cvr");
        }
        assertEquals("finance.refused.invalid", refused.messageKey());
        assertTrue(!refused.details().isEmpty() && refused.details().stream()
                .allMatch(detail -> detail.key().equals("finance.refused.rule")), refused.details().toString());
        assertEquals(counterBefore, db.value("SELECT last_number FROM invoice_counter"), "no number used");
        assertEquals(0L, ((Number) db.value("SELECT COUNT(*) FROM invoice WHERE course_id = ?", course.id())).longValue());
        assertEquals(Boolean.FALSE, db.value("SELECT invoiced FROM course WHERE id = ?", course.id()));
        assertNumbersWithoutGaps();
    }

    @Test
    void aPlaceWithoutWhatThePayerNeedsIsHeldBackSaysWhyAndFinanceCanGiveTheReference() {
        long wantsReferences = payingSchool(true);
        long noEan = db.institution("Uden EAN-skolen");
        var course = paidCourse();
        place(course, wantsReferences, "Uden Reference", "CONFIRMED");
        place(course, noEan, "Uden Ean", "CONFIRMED");

        BillingPreview preview = asFinance.get(() -> billing.preview());
        assertTrue(preview.documents().stream().noneMatch(d -> d.courseCode().equals(course.code())));
        assertEquals(Map.of("Uden Reference", "finance.held.no-reference", "Uden Ean", "finance.held.no-ean"),
                Map.ofEntries(preview.held().stream().filter(h -> h.courseCode().equals(course.code()))
                        .map(h -> Map.entry(h.participantName(), h.problemKey())).toArray(Map.Entry[]::new)));

        long waiting = preview.held().stream().filter(h -> h.participantName().equals("Uden Reference"))
                .findFirst().orElseThrow().enrolmentId();
        assertEquals(1, asFinance.get(() -> billing.referTo(Map.of(waiting, " Rekv. 88 "))));
        BillingPreview.Document due = documentFor(asFinance.get(() -> billing.preview()), course, InvoiceKind.INVOICE);
        assertEquals(List.of("Rekv. 88"), due.lines().stream().map(BillingPreview.Line::reference).toList());
        asFinance.get(() -> billing.issue());
        BillingRefusedException invoiced = assertThrows(BillingRefusedException.class,
                () -> asFinance.get(() -> billing.referTo(Map.of(waiting, "Rekv. 89"))));
        assertEquals("finance.refused.reference-invoiced", invoiced.messageKey());
        assertEquals("Rekv. 88", db.value("SELECT payer_reference FROM enrolment WHERE id = ?", waiting));
    }

    /**
     * Two runs and a consultant's withdrawal of a seated participant, all at the same moment: exactly
     * one run issues, the other is told a run is under way (or finds nothing left); the withdrawn place
     * is invoiced once whichever came first (withdrawn after the deadline, or seated when the run took it).
     */
    @Test
    void twoRunsAndAWithdrawalAtOnceIssueEachPlaceExactlyOnce() throws Exception {
        long school = payingSchool(false);
        var course = paidCourse();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(place(course, school, "Samtidig " + i, "CONFIRMED"));
        }
        long leaving = enrolmentOf(people.get(0));
        List<Callable<Object>> tasks = List.of(
                () -> runOrRefusal(),
                () -> runOrRefusal(),
                () -> {
                    return asPlanner.call(() -> {
                        enrolments.withdrawOnBehalf(leaving, "Ringede og meldte fra");
                        return "withdrawn";
                    });
                });

        List<Object> outcomes = Race.of(tasks);

        List<Object> runs = outcomes.subList(0, 2);
        assertEquals(1, runs.stream().filter(RunOutcome.class::isInstance).count(), outcomes.toString());
        assertTrue(runs.contains("finance.refused.run-in-progress") || runs.contains("finance.refused.nothing-due"),
                "the other run is told a run is under way, or finds nothing left: " + outcomes);
        assertEquals("withdrawn", outcomes.get(2));
        assertEquals(6L, ((Number) db.value("""
                SELECT COUNT(*) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
                WHERE i.course_id = ? AND l.kind = 'INVOICE'""", course.id())).longValue());
        assertEquals(1L, ((Number) db.value("SELECT COUNT(*) FROM invoice WHERE course_id = ?", course.id())).longValue());
        assertEquals("WITHDRAWN", db.value("SELECT status FROM enrolment WHERE id = ?", leaving));
        assertNumbersWithoutGaps();
    }

    private Object runOrRefusal() {
        try {
            return asFinance.get(() -> billing.issue());
        } catch (BillingRefusedException refused) {
            return refused.messageKey();
        }
    }

    @Test
    void theLeaderGivesThePayersReferenceWhenApprovingAndCannotLeaveARequiredOneOut() throws Exception {
        long school = payingSchool(true);
        db.leadAs(TestPeople.LEADER, school);
        var course = paidCourse();
        String first = place(course, school, "Godkendes Med Reference", "AWAITING_APPROVAL");
        String second = place(course, school, "Godkendes Uden Reference", "AWAITING_APPROVAL");
        long withReference = enrolmentOf(first);
        long without = enrolmentOf(second);
        PendingApproval pending = asLeader.call(() -> approvals.findPending(Locale.forLanguageTag("da"))).stream()
                .filter(p -> p.id() == withReference).findFirst().orElseThrow();
        assertTrue(pending.referenceAsked() && pending.referenceRequired());

        EnrolmentRefusedException refused = assertThrows(EnrolmentRefusedException.class, () -> asLeader.call(
                () -> approvals.approve(List.of(withReference, without), null, Map.of(withReference, " PO-4711 "))));
        assertEquals("enrolment.refused.reference-required", refused.messageKey());
        assertArrayEquals(new Object[] {"AWAITING_APPROVAL", null}, db.row(
                "SELECT status, payer_reference FROM enrolment WHERE id = ?", withReference), "nothing approved");

        asLeader.call(() -> approvals.approve(List.of(withReference), null, Map.of(withReference, " PO-4711 ")));
        assertArrayEquals(new Object[] {"CONFIRMED", "PO-4711"}, db.row(
                "SELECT status, payer_reference FROM enrolment WHERE id = ?", withReference));
        assertNull(db.value("SELECT payer_reference FROM enrolment WHERE id = ?", without));
    }

    @Test
    void theListOfInvoicesIsPagedInTheDatabaseWithTwoStatementsWhateverThePage() throws Exception {
        long school = payingSchool(false);
        for (int i = 0; i < 3; i++) {
            place(paidCourse(), school, "Side " + i, "CONFIRMED");
        }
        asFinance.get(() -> billing.issue());
        long overhead = statementsOf(() -> asFinance.get(() -> billing.runs())) - 1;
        long first = statementsOf(() -> asFinance.get(() -> billing.invoices(InvoiceQuery.all()))) - overhead;
        long filtered = statementsOf(() -> asFinance.get(() -> billing.invoices(
                new InvoiceQuery("betalerskolen", InvoiceKind.INVOICE, InvoiceState.ISSUED, 0)))) - overhead;
        long later = statementsOf(() -> asFinance.get(() -> billing.invoices(new InvoiceQuery(null, null, null, 3))))
                - overhead;
        assertEquals(2, first, "rows and count");
        assertEquals(first, filtered);
        assertEquals(first, later);
        assertTrue(asFinance.get(() -> billing.invoices(new InvoiceQuery(EAN, null, null, 0))).total() >= 3);
    }
}
