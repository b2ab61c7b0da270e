package dk.samspil.finance.boundary;

import dk.samspil.catalog.entity.Course;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.finance.control.BillingCandidate;
import dk.samspil.finance.control.BillingCandidates;
import dk.samspil.finance.control.BillingPlan;
import dk.samspil.finance.control.BisBillingRules;
import dk.samspil.finance.control.College;
import dk.samspil.finance.control.DocumentDraft;
import dk.samspil.finance.control.InvoiceNumbers;
import dk.samspil.finance.control.PeppolDocuments;
import dk.samspil.finance.entity.BillingRun;
import dk.samspil.finance.entity.Invoice;
import dk.samspil.finance.entity.InvoiceHeader;
import dk.samspil.finance.entity.InvoiceKind;
import dk.samspil.finance.entity.InvoiceLine;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Institution;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.BusinessException.Detail;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LikePattern;
import dk.samspil.shared.NativeRows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * The finance office's work: see what is owed (a dry run, line by line with why), issue it as
 * invoices and credit notes that pass the official Peppol rules, download them one by one or a run
 * as a ZIP, and follow each document until it is paid. One run at a time, on any server: the run
 * holds the number series' lock from its first statement to its commit.
 */
@Stateless
@RolesAllowed(Role.FINANCE_NAME)
public class Billing {

    public static final int PAGE_SIZE = 25;

    private static final System.Logger LOG = System.getLogger(Billing.class.getName());

    private static final String ROW = """
            SELECT NEW dk.samspil.finance.boundary.InvoiceRow(i.id, i.number, i.kind, i.issueDate, c.code, p.name,
                   i.buyerEan, i.total, i.state, cr.number, r.id)
            FROM Invoice i JOIN i.course c JOIN i.payer p JOIN i.run r LEFT JOIN i.credits cr""";

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    BillingCandidates candidates;

    @Inject
    InvoiceNumbers numbers;

    /** What a run would issue now, and what it would hold back; changes nothing. */
    public BillingPreview preview() {
        BillingPlan plan = plan(candidates.find());
        return new BillingPreview(plan.documents().stream().map(Billing::document).toList(),
                plan.held().stream().map(held -> new BillingPreview.HeldPlace(held.candidate().courseCode(),
                        held.candidate().participantName(), held.payerName(), held.problemKey())).toList());
    }

    /**
     * Issues everything owed now. Refused, with nothing issued, when nothing is owed (another run may
     * just have issued it) or when a document fails the official rules (each error is told).
     */
    public RunOutcome issue() {
        long last = numbers.lock();
        List<Long> courses = candidates.courseIds();
        for (Long courseId : courses) {
            NativeRows.of(em, "SELECT id FROM course WHERE id = ? FOR UPDATE", courseId);
        }
        BillingPlan plan = plan(candidates.find());
        if (plan.documents().isEmpty()) {
            throw new BillingRefusedException("finance.refused.nothing-due");
        }
        College college = College.configured();
        LocalDateTime now = DanishTime.now();
        LocalDate today = now.toLocalDate();
        BillingRun run = new BillingRun(callers.me(), now);
        em.persist(run);
        List<Detail> errors = new ArrayList<>();
        long first = last + 1;
        BigDecimal invoiced = BigDecimal.ZERO;
        BigDecimal credited = BigDecimal.ZERO;
        for (BillingPlan.Planned planned : plan.documents()) {
            long number = ++last;
            DocumentDraft draft = draft(planned, number, today, college);
            byte[] xml = PeppolDocuments.write(draft, college);
            for (String error : BisBillingRules.errors(xml, planned.kind())) {
                errors.add(new Detail("finance.refused.rule", planned.courseCode(), planned.buyerName(), error));
            }
            Invoice invoice = new Invoice(new InvoiceHeader(number, planned.kind(), planned.buyerEan(),
                    planned.buyerName(), planned.buyerReference(), today, draft.dueDate(), xml), run,
                    em.getReference(Course.class, planned.courseId()), planned.payer(), planned.credits());
            for (BillingPlan.Line line : planned.lines()) {
                BillingCandidate place = line.candidate();
                invoice.addLine(em.getReference(Enrolment.class, place.enrolmentId()), line.basis(),
                        planned.payer().isNamesOnInvoice() ? place.participantName() : null, place.reference(),
                        place.price());
            }
            em.persist(invoice);
            run.counted(planned.kind(), planned.lines().size());
            if (planned.kind() == InvoiceKind.INVOICE) {
                invoiced = invoiced.add(invoice.getTotal());
                em.find(Course.class, planned.courseId()).markInvoiced();
            } else {
                credited = credited.add(invoice.getTotal());
            }
        }
        if (!errors.isEmpty()) {
            throw new BillingRefusedException(errors, "finance.refused.invalid", errors.size());
        }
        numbers.issuedUpTo(last);
        em.flush();
        LOG.log(System.Logger.Level.INFO, "Billing run {0} issued documents {1}–{2} ({3} invoices, {4} credit notes, "
                + "{5} lines) by {6}", run.getId(), first, last, run.getInvoices(), run.getCreditNotes(), run.getLines(),
                callers.myEmail());
        return new RunOutcome(run.getId(), run.getInvoices(), run.getCreditNotes(), run.getLines(), invoiced, credited,
                first, last);
    }

    public List<RunRow> runs() {
        return em.createQuery("""
                        SELECT NEW dk.samspil.finance.boundary.RunRow(r.id, r.issuedAt, a.displayName, r.invoices,
                               r.creditNotes, r.lines)
                        FROM BillingRun r LEFT JOIN r.issuedBy a ORDER BY r.id DESC""", RunRow.class)
                .setMaxResults(PAGE_SIZE)
                .getResultList();
    }

    /** A page of issued documents, newest first: two statements whatever the page. */
    public InvoicePage invoices(InvoiceQuery query) {
        String where = " WHERE (:kind IS NULL OR i.kind = :kind) AND (:state IS NULL OR i.state = :state)"
                + (query.text() == null ? "" : " AND (CAST(i.number AS CHAR) = :exact OR i.buyerEan = :exact"
                + " OR LOWER(p.name) LIKE :text" + LikePattern.ESCAPE + " OR LOWER(c.code) LIKE :text" + LikePattern.ESCAPE + ")");
        TypedQuery<InvoiceRow> rows = em.createQuery(ROW + where + " ORDER BY i.number DESC", InvoiceRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM Invoice i JOIN i.course c JOIN i.payer p" + where,
                Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("kind", query.kind()).setParameter("state", query.state());
            if (query.text() != null) {
                q.setParameter("exact", query.text()).setParameter("text", LikePattern.containing(query.text().toLowerCase(Locale.ROOT)));
            }
        }
        List<InvoiceRow> found = rows.setFirstResult(query.page() * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        return new InvoicePage(found, count.getSingleResult(), query.page(), PAGE_SIZE);
    }

    /** An issued document with its lines, and every document issued for each of its places. */
    public InvoiceDetails details(long invoiceId) {
        InvoiceRow head = row(invoiceId);
        Invoice invoice = em.find(Invoice.class, invoiceId);
        List<InvoiceLine> lines = invoice.getLines();
        Set<Long> places = lines.stream().map(line -> line.getEnrolment().getId()).collect(Collectors.toSet());
        Map<Long, List<InvoiceDetails.Entry>> history = em.createQuery("""
                        SELECT l.enrolment.id, i.id, i.number, i.kind, i.issueDate, l.amount
                        FROM InvoiceLine l JOIN l.invoice i WHERE l.enrolment.id IN :places ORDER BY i.number""",
                        Object[].class)
                .setParameter("places", places)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> new InvoiceDetails.Entry(
                        (Long) row[1], (Long) row[2], (InvoiceKind) row[3], (LocalDate) row[4], (BigDecimal) row[5]),
                        Collectors.toList())));
        return new InvoiceDetails(head, invoice.getBuyerReference(), lines.stream()
                .map(line -> new InvoiceDetails.Line(line.getPosition(), line.getParticipantName(), line.getReference(),
                        line.getAmount(), line.getBasis(), history.getOrDefault(line.getEnrolment().getId(), List.of())))
                .toList());
    }

    /** The Peppol file of one document, exactly as issued. */
    public InvoiceFile document(long invoiceId) {
        Invoice invoice = find(invoiceId);
        return new InvoiceFile(fileName(invoice.getNumber(), invoice.getKind()), "application/xml",
                invoice.getDocument());
    }

    /** Every document of a run, as a ZIP of Peppol files for the college's access point. */
    public InvoiceFile archive(long runId) {
        List<Invoice> documents = em.createQuery("SELECT i FROM Invoice i WHERE i.run.id = :run ORDER BY i.number",
                        Invoice.class)
                .setParameter("run", runId)
                .getResultList();
        if (documents.isEmpty()) {
            throw new BillingRefusedException("finance.refused.no-run");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Invoice invoice : documents) {
                zip.putNextEntry(new ZipEntry(fileName(invoice.getNumber(), invoice.getKind())));
                zip.write(invoice.getDocument());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InvoiceFile("samspil-run-" + runId + ".zip", "application/zip", bytes.toByteArray());
    }

    /** Every line of a run, for the college's ERP. */
    public List<SummaryRow> summary(long runId) {
        return em.createQuery("""
                        SELECT NEW dk.samspil.finance.boundary.SummaryRow(i.number, i.kind, i.issueDate, i.dueDate,
                               c.code, i.buyerName, i.buyerEan, i.buyerReference, cr.number, l.position,
                               l.participantName, l.reference, l.basis, l.amount)
                        FROM InvoiceLine l JOIN l.invoice i JOIN i.course c LEFT JOIN i.credits cr
                        WHERE i.run.id = :run ORDER BY i.number, l.position""", SummaryRow.class)
                .setParameter("run", runId)
                .getResultList();
    }

    /** Marks issued documents as sent; returns how many changed (one already sent or paid is left alone). */
    public int markSent(Collection<Long> invoiceIds) {
        LocalDateTime now = DanishTime.now();
        return changed(invoiceIds, invoice -> invoice.markSent(now), "sent");
    }

    /** Marks documents as paid (a credit note: settled); returns how many changed. */
    public int markPaid(Collection<Long> invoiceIds) {
        LocalDateTime now = DanishTime.now();
        return changed(invoiceIds, invoice -> invoice.markPaid(now), "paid");
    }

    private int changed(Collection<Long> invoiceIds, Function<Invoice, Boolean> change, String what) {
        int changed = 0;
        for (Long id : new HashSet<>(invoiceIds)) {
            if (change.apply(find(id))) {
                changed++;
            }
        }
        LOG.log(System.Logger.Level.INFO, "{0} documents marked {1} by {2}", changed, what, callers.myEmail());
        return changed;
    }

    private BillingPlan plan(List<BillingCandidate> found) {
        Set<Long> payerIds = found.stream().map(BillingCandidate::payerId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Set<Long> invoiceIds = found.stream().map(BillingCandidate::invoiceId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<Long, Institution> payers = payerIds.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT i FROM Institution i WHERE i.id IN :ids", Institution.class)
                .setParameter("ids", payerIds).getResultStream()
                .collect(Collectors.toMap(Institution::getId, Function.identity()));
        Map<Long, Invoice> invoices = invoiceIds.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT i FROM Invoice i JOIN FETCH i.payer WHERE i.id IN :ids", Invoice.class)
                .setParameter("ids", invoiceIds).getResultStream()
                .collect(Collectors.toMap(Invoice::getId, Function.identity()));
        return BillingPlan.of(found, payers, invoices, DanishTime.now());
    }

    private static DocumentDraft draft(BillingPlan.Planned planned, long number, LocalDate today, College college) {
        Institution payer = planned.payer();
        var buyer = new DocumentDraft.Buyer(planned.buyerEan(), planned.buyerName(), payer.getInvoiceStreet(),
                payer.getInvoicePostcode(), payer.getInvoiceTown() != null ? payer.getInvoiceTown()
                : payer.getMunicipality().getName());
        Invoice credits = planned.credits();
        String item = planned.courseCode() + " " + planned.courseTitle();
        return new DocumentDraft(planned.kind(), number, today,
                credits == null ? today.plusDays(college.paymentDays()) : today, buyer, planned.buyerReference(),
                credits == null ? null : new DocumentDraft.Credited(credits.getNumber(), credits.getIssueDate()),
                planned.lines().stream().map(line -> new DocumentDraft.Line(item, line.note(),
                        line.candidate().reference(), line.candidate().price())).toList());
    }

    private static BillingPreview.Document document(BillingPlan.Planned planned) {
        return new BillingPreview.Document(planned.kind(), planned.courseCode(), planned.courseTitle(),
                planned.buyerName(), planned.buyerEan(), planned.buyerReference(),
                planned.credits() == null ? null : planned.credits().getNumber(),
                planned.lines().stream().map(line -> new BillingPreview.Line(line.candidate().participantName(),
                        line.candidate().reference(), line.candidate().price(), line.basis(), line.reasonKey())).toList(),
                planned.total());
    }

    private InvoiceRow row(long invoiceId) {
        List<InvoiceRow> found = em.createQuery(ROW + " WHERE i.id = :id", InvoiceRow.class)
                .setParameter("id", invoiceId).getResultList();
        if (found.isEmpty()) {
            throw new BillingRefusedException("finance.refused.not-found");
        }
        return found.get(0);
    }

    private Invoice find(long invoiceId) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null) {
            throw new BillingRefusedException("finance.refused.not-found");
        }
        return invoice;
    }

    private static String fileName(long number, InvoiceKind kind) {
        return (kind == InvoiceKind.INVOICE ? "faktura-" : "kreditnota-") + number + ".xml";
    }
}
