package dk.samspil.finance.entity;

import dk.samspil.people.entity.Account;
import dk.samspil.shared.PersonalData;
import dk.samspil.shared.PersonalData.Kind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One issuing of everything that was due: who issued it, when, and how many documents and lines it made. */
@Entity
@Table(name = "billing_run")
public class BillingRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private LocalDateTime issuedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issued_by", updatable = false)
    @PersonalData(Kind.PERSON)
    private Account issuedBy;

    @Column(nullable = false)
    private int invoices;

    @Column(name = "credit_notes", nullable = false)
    private int creditNotes;

    @Column(name = "lines_total", nullable = false)
    private int lines;

    protected BillingRun() {
    }

    public BillingRun(Account issuedBy, LocalDateTime issuedAt) {
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    /** Counts a document of the run and its lines. */
    public void counted(InvoiceKind kind, int lineCount) {
        if (kind == InvoiceKind.INVOICE) {
            invoices++;
        } else {
            creditNotes++;
        }
        lines += lineCount;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public int getInvoices() {
        return invoices;
    }

    public int getCreditNotes() {
        return creditNotes;
    }

    public int getLines() {
        return lines;
    }
}
