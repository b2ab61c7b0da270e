package dk.samspil.finance.entity;

import dk.samspil.catalog.entity.Course;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.people.entity.Institution;
import dk.samspil.people.entity.Account;
import dk.samspil.shared.PersonalData;
import dk.samspil.shared.PersonalData.Kind;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An issued invoice or credit note: its number, its payer as invoiced (an institution, or a person
 * who pays for their own place), its lines and the document exactly as issued (a Peppol file, or
 * the PDF mailed to the person). Nothing of it changes after issuing (the columns are not updatable),
 * except its state as the finance office sends it and sees it paid; a correction is a credit note
 * that refers to it.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private InvoiceKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false, updatable = false)
    private BillingRun run;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private InvoiceFormat format;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "payer_id", updatable = false)
    private Institution payer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "payer_account_id", updatable = false)
    @PersonalData(Kind.PERSON)
    private Account payerAccount;

    @Column(name = "buyer_ean", updatable = false, length = 13)
    private String buyerEan;

    @Email
    @Column(name = "buyer_email", updatable = false, length = 254)
    @PersonalData(Kind.IDENTITY)
    private String buyerEmail;

    @Column(name = "buyer_name", nullable = false, updatable = false, length = 150)
    private String buyerName;

    @Column(name = "buyer_reference", nullable = false, updatable = false, length = 60)
    private String buyerReference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "credits_id", updatable = false)
    private Invoice credits;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal total = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InvoiceState state = InvoiceState.ISSUED;

    @Column(name = "state_changed_at")
    private LocalDateTime stateChangedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] document;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<InvoiceLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Invoice() {
    }

    /**
     * An invoice or credit note as issued, to an institution ({@code payer}) as a Peppol file or to a
     * person ({@code payerAccount}) as a PDF; {@code credits} is the invoice a credit note gives back, else null.
     */
    public Invoice(InvoiceHeader header, BillingRun run, Course course, Institution payer, Account payerAccount,
                   Invoice credits) {
        if ((header.kind() == InvoiceKind.CREDIT_NOTE) != (credits != null)) {
            throw new IllegalArgumentException("A credit note, and only a credit note, refers to an invoice");
        }
        if ((header.format() == InvoiceFormat.PEPPOL) != (payer != null && payerAccount == null)) {
            throw new IllegalArgumentException("A Peppol file goes to an institution, a PDF to a person");
        }
        this.number = header.number();
        this.kind = header.kind();
        this.format = header.format();
        this.run = run;
        this.course = course;
        this.payer = payer;
        this.payerAccount = payerAccount;
        this.buyerEan = header.buyerEan();
        this.buyerEmail = header.buyerEmail();
        this.buyerName = header.buyerName();
        this.buyerReference = header.buyerReference();
        this.credits = credits;
        this.issueDate = header.issueDate();
        this.dueDate = header.dueDate();
        this.document = header.document().clone();
    }

    public void addLine(Enrolment enrolment, BillingBasis basis, String participantName, String reference,
                        BigDecimal amount) {
        lines.add(new InvoiceLine(this, lines.size() + 1, enrolment, basis, participantName, reference, amount));
        total = total.add(amount);
    }

    /** Sent to the payer's access point (or by mail); only an issued document can be sent. */
    public boolean markSent(LocalDateTime now) {
        return move(InvoiceState.ISSUED, InvoiceState.SENT, now);
    }

    /** Paid (an invoice) or settled (a credit note); from issued or sent. */
    public boolean markPaid(LocalDateTime now) {
        return move(InvoiceState.ISSUED, InvoiceState.PAID, now) || move(InvoiceState.SENT, InvoiceState.PAID, now);
    }

    private boolean move(InvoiceState from, InvoiceState to, LocalDateTime now) {
        if (state != from) {
            return false;
        }
        state = to;
        stateChangedAt = now;
        return true;
    }

    /** The name its file goes by, in the run's ZIP and as a mail's attachment: faktura-17.xml, kreditnota-18.pdf. */
    public String fileName() {
        return (kind == InvoiceKind.INVOICE ? "faktura-" : "kreditnota-") + number + "." + format.fileExtension();
    }

    public Long getId() {
        return id;
    }

    public long getNumber() {
        return number;
    }

    public InvoiceKind getKind() {
        return kind;
    }

    public Course getCourse() {
        return course;
    }

    public Institution getPayer() {
        return payer;
    }

    public InvoiceFormat getFormat() {
        return format;
    }

    public Account getPayerAccount() {
        return payerAccount;
    }

    public String getBuyerEan() {
        return buyerEan;
    }

    public String getBuyerEmail() {
        return buyerEmail;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public String getBuyerReference() {
        return buyerReference;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public InvoiceState getState() {
        return state;
    }

    public byte[] getDocument() {
        return document.clone();
    }

    public List<InvoiceLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
