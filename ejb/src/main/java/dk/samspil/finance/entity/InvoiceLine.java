package dk.samspil.finance.entity;

import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.shared.PersonalData;
import dk.samspil.shared.PersonalData.Kind;
import jakarta.persistence.Column;
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

import java.math.BigDecimal;

/**
 * One place on an invoice or a credit note. The participant's name is copied as invoiced (where the
 * payer wants names): bookkeeping law keeps an issued invoice unchanged for five years, so erasing
 * the person's account leaves it, as it leaves the issued document.
 */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

    public static final int NAME_MAX = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private InvoiceKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private BillingBasis basis;

    @Column(name = "participant_name", length = NAME_MAX, updatable = false)
    @PersonalData(Kind.IDENTITY)
    private String participantName;

    @Column(length = 60, updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false, precision = 9, scale = 2)
    private BigDecimal amount;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice, int position, Enrolment enrolment, BillingBasis basis, String participantName,
                String reference, BigDecimal amount) {
        this.invoice = invoice;
        this.kind = invoice.getKind();
        this.position = position;
        this.enrolment = enrolment;
        this.basis = basis;
        this.participantName = participantName;
        this.reference = reference;
        this.amount = amount;
    }

    public int getPosition() {
        return position;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public BillingBasis getBasis() {
        return basis;
    }

    public String getParticipantName() {
        return participantName;
    }

    public String getReference() {
        return reference;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
