package dk.samspil.finance.boundary;

import dk.samspil.catalog.control.CourseLock;
import dk.samspil.catalog.entity.Course;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.finance.control.BillingCandidate;
import dk.samspil.finance.control.BillingCandidates;
import dk.samspil.finance.control.BillingPlan;
import dk.samspil.finance.control.BisBillingRules;
import dk.samspil.finance.control.College;
import dk.samspil.finance.control.DocumentDraft;
import dk.samspil.finance.control.InvoiceMails;
import dk.samspil.finance.control.InvoiceNumbers;
import dk.samspil.finance.control.InvoicePdf;
import dk.samspil.finance.control.PeppolDocuments;
import dk.samspil.finance.control.RulesWarmUp;
import dk.samspil.finance.entity.BillingRefusedException;
import dk.samspil.finance.entity.BillingRun;
import dk.samspil.finance.entity.Invoice;
import dk.samspil.finance.entity.InvoiceFormat;
import dk.samspil.finance.entity.InvoiceHeader;
import dk.samspil.finance.entity.InvoiceKind;
import dk.samspil.finance.entity.InvoiceLine;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Institution;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.BusinessException.Detail;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LikePattern;
import dk.samspil.shared.NativeRows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
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
            SELECT NEW dk.samspil.finance.boundary.InvoiceRow(i.id, i.number, i.kind, i.format, i.issueDate, c.code,
                   i.buyerName, COALESCE(i.buyerEan, i.buyerEmail), i.total, i.state, cr.number, r.id)
            FROM Invoice i JOIN i.course c JOIN i.run r LEFT JOIN i.credits cr""";

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseLock courseLock;

    @Inject
    Callers callers;

    @Inject
    BillingCandidates candidates;

    @Inject
    InvoiceNumbers numbers;

    @Inject
    RulesWarmUp rules;

    @Inject
    InvoiceMails mails;

    @Inject
    Event<InvoiceMails.Issued> issuedForMail;

    /** What a run would issue now, and what it would hold back; changes nothing. */
    public BillingPreview preview() {
        rules.start();
        BillingPlan plan = plan(candidates.find());
        return new BillingPreview(plan.documents().stream().map(Billing::document).toList(),
                plan.held().stream().map(held -> new BillingPreview.HeldPlace(held.candidate().enrolmentId(),
                        held.candidate().courseCode(), held.candidate().participantName(), held.payerName(),
                        held.problemKey())).toList());
    }

    /**
     * Gives places the payer's references they were held back for (by enrolment id; blank ones are
     * skipped); refused for a place already invoiced, which keeps the reference it was invoiced with.
     * Returns how many places got one.
     */
    public int referTo(Map<Long, String> references) {
        int given = 0;
        for (Map.Entry<Long, String> reference : references.entrySet()) {
            if (reference.getValue() == null || reference.getValue().isBlank()) {
                continue;
            }
            Enrolment enrolment = em.find(Enrolment.class, reference.getKey());
            if (enrolment == null) {
                throw new BillingRefusedException("finance.refused.not-found");
            }
            if (NativeRows.count(em, "SELECT COUNT(*) FROM invoice_line WHERE enrolment_id = ?", enrolment.getId()) > 0) {
                throw new BillingRefusedException("finance.refused.reference-invoiced", enrolment.getParticipant()
                        .getDisplayName());
            }
            enrolment.referToPayer(reference.getValue());
            given++;
        }
        LOG.log(System.Logger.Level.INFO, "{0} payer references given by {1}", given, callers.myEmail());
        return given;
    }

    /**
     * Issues everything owed now. Refused, with nothing issued, when another run is being issued,
     * when nothing is owed (another run may just have issued it), or when a document fails the
     * official rules (each error is told). The number series is locked for the whole run; the
     * documents are written and checked first, and only then are the courses locked (so a
     * withdrawal or an enrolment waits for the run's last moment, not for all of it) and their places
     * read again: if one changed meanwhile, its documents are written again under the locks.
     */
    public RunOutcome issue() {
        long last = numbers.lockOrRefuse();
        College college = College.configured();
        LocalDateTime now = DanishTime.now();
        BillingPlan plan = plan(candidates.find());
        if (plan.documents().isEmpty()) {
            throw new BillingRefusedException("finance.refused.nothing-due");
        }
        rules.awaitIfCompiling();
        List<Written> written = write(plan, last, now.toLocalDate(), college);
        Set<Long> courses = plan.courseIds();
        courses.stream().sorted().forEach(courseLock::lock);
        BillingPlan locked = plan(candidates.find().stream().filter(c -> courses.contains(c.courseId())).toList());
        if (!locked.sameAs(plan)) {
            if (locked.documents().isEmpty()) {
                throw new BillingRefusedException("finance.refused.nothing-due");
            }
            written = write(locked, last, now.toLocalDate(), college);
        }
        List<Detail> errors = written.stream().flatMap(document -> document.errors().stream()).toList();
        if (!errors.isEmpty()) {
            throw new BillingRefusedException(errors, "finance.refused.invalid", errors.size());
        }
        BillingRun run = new BillingRun(callers.me(), now);
        em.persist(run);
        BigDecimal invoiced = BigDecimal.ZERO;
        BigDecimal credited = BigDecimal.ZERO;
        List<Invoice> toMail = new ArrayList<>();
        for (Written document : written) {
            Invoice invoice = persist(document, run);
            run.counted(invoice.getKind(), invoice.getLines().size());
            if (invoice.getKind() == InvoiceKind.INVOICE) {
                invoiced = invoiced.add(invoice.getTotal());
                em.find(Course.class, document.planned().courseId()).markInvoiced();
            } else {
                credited = credited.add(invoice.getTotal());
            }
            if (invoice.getFormat() == InvoiceFormat.PDF) {
                toMail.add(invoice);
            }
        }
        long first = last + 1;
        last += written.size();
        numbers.issuedUpTo(last);
        em.flush();
        toMail.forEach(invoice -> issuedForMail.fire(new InvoiceMails.Issued(invoice.getId())));
        LOG.log(System.Logger.Level.INFO, "Billing run {0} issued documents {1}–{2} ({3} invoices, {4} credit notes, "
                + "{5} lines) by {6}", run.getId(), first, last, run.getInvoices(), run.getCreditNotes(), run.getLines(),
                callers.myEmail());
        return new RunOutcome(run.getId(), run.getInvoices(), run.getCreditNotes(), run.getLines(), invoiced, credited,
                first, last);
    }

    /** A document written for a run, numbered, with what the official rules found wrong in it (a PDF: nothing). */
    private record Written(BillingPlan.Planned planned, DocumentDraft draft, byte[] file, List<Detail> errors) {
    }

    private static List<Written> write(BillingPlan plan, long last, LocalDate today, College college) {
        List<Written> written = new ArrayList<>();
        long number = last;
        for (BillingPlan.Planned planned : plan.documents()) {
            DocumentDraft draft = draft(planned, ++number, today, college);
            if (planned.format() == InvoiceFormat.PEPPOL) {
                byte[] file = PeppolDocuments.write(draft, college);
                written.add(new Written(planned, draft, file, BisBillingRules.errors(file, planned.kind()).stream()
                        .map(error -> new Detail("finance.refused.rule", planned.courseCode(), planned.buyerName(), error))
                        .toList()));
            } else {
                written.add(new Written(planned, draft, InvoicePdf.write(draft, college), List.of()));
            }
        }
        return written;
    }

    private Invoice persist(Written document, BillingRun run) {
        BillingPlan.Planned planned = document.planned();
        DocumentDraft draft = document.draft();
        Invoice invoice = new Invoice(new InvoiceHeader(draft.number(), planned.kind(), planned.format(),
                planned.buyerEan(), planned.buyerEmail(), planned.buyerName(), planned.buyerReference(), draft.issueDate(),
                draft.dueDate(), document.file()), run, em.getReference(Course.class, planned.courseId()), planned.payer(),
                planned.payerAccountId() == null ? null : em.getReference(Account.class, planned.payerAccountId()),
                planned.credits());
        boolean named = planned.payer() == null || planned.payer().isNamesOnInvoice();
        for (BillingPlan.Line line : planned.lines()) {
            BillingCandidate place = line.candidate();
            invoice.addLine(em.getReference(Enrolment.class, place.enrolmentId()), line.basis(),
                    named ? place.participantName() : null, place.reference(), place.price());
        }
        em.persist(invoice);
        return invoice;
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
                + " OR LOWER(i.buyerName) LIKE :text" + LikePattern.ESCAPE + " OR LOWER(c.code) LIKE :text" + LikePattern.ESCAPE + ")");
        TypedQuery<InvoiceRow> rows = em.createQuery(ROW + where + " ORDER BY i.number DESC", InvoiceRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM Invoice i JOIN i.course c" + where,
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

    /** The file of one document (a Peppol file or a PDF), exactly as issued. */
    public InvoiceFile document(long invoiceId) {
        Invoice invoice = find(invoiceId);
        return new InvoiceFile(invoice.fileName(), invoice.getFormat().contentType(), invoice.getDocument());
    }

    /**
     * Mails a person's PDF invoice or credit note again (the mail server was away, or they lost it);
     * refused for a Peppol file, which reaches its payer through the access point. Outside a
     * transaction: one that ran again after a write conflict would send the mail twice.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void mailAgain(long invoiceId) {
        Invoice invoice = find(invoiceId);
        if (invoice.getFormat() != InvoiceFormat.PDF) {
            throw new BillingRefusedException("finance.refused.not-mailed");
        }
        if (!mails.send(invoiceId)) {
            throw new BillingRefusedException("finance.refused.mail-failed");
        }
    }

    /** Every document of a run, as a ZIP of its files: the Peppol files for the college's access point, and the PDFs mailed. */
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
                zip.putNextEntry(new ZipEntry(invoice.fileName()));
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
                               c.code, i.buyerName, COALESCE(i.buyerEan, i.buyerEmail), i.buyerReference, cr.number,
                               l.position,
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
                        "SELECT i FROM Invoice i LEFT JOIN FETCH i.payer WHERE i.id IN :ids", Invoice.class)
                .setParameter("ids", invoiceIds).getResultStream()
                .collect(Collectors.toMap(Invoice::getId, Function.identity()));
        return BillingPlan.of(found, payers, invoices, DanishTime.now());
    }

    private static DocumentDraft draft(BillingPlan.Planned planned, long number, LocalDate today, College college) {
        Institution payer = planned.payer();
        var buyer = payer == null
                ? new DocumentDraft.Buyer(null, planned.buyerEmail(), planned.buyerName(), null, null, null)
                : new DocumentDraft.Buyer(planned.buyerEan(), null, planned.buyerName(), payer.getInvoiceStreet(),
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
        return new BillingPreview.Document(planned.kind(), planned.format(), planned.courseCode(), planned.courseTitle(),
                planned.buyerName(), planned.format() == InvoiceFormat.PEPPOL ? planned.buyerEan() : planned.buyerEmail(),
                planned.buyerReference(),
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
}
