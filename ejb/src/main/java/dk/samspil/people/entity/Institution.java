package dk.samspil.people.entity;

import dk.samspil.shared.NoPersonalData;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A school, daycare or municipal administration where participants work. */
@NoPersonalData("A school, daycare or administration.")
@Entity
@Table(name = "institution")
public class Institution {

    public static final int NAME_MAX = 150;
    public static final String NUMBER_PATTERN = "[0-9]{6}";
    public static final int REFERENCE_MAX = 60;
    public static final int STREET_MAX = 100;
    public static final int TOWN_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @NotNull
    @Size(min = 1, max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstitutionKind kind;

    /** The number in the ministry's institution register (six digits), where it has one. */
    @Pattern(regexp = NUMBER_PATTERN)
    @Column(name = "institution_number", length = 6, unique = true)
    private String number;

    /** Since when the institution is closed: nobody new is employed there; its history stays. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    /** Every enrolment of this institution's staff waits for one of its leaders, whatever the course says. */
    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    /** Where its e-invoices go (NemHandel), when it pays for its staff's places; see {@link Ean}. */
    @Pattern(regexp = "[0-9]{13}")
    @Column(name = "ean", length = Ean.LENGTH)
    private String ean;

    /** The order or person reference the institution wants on every invoice, or none. */
    @Size(min = 1, max = REFERENCE_MAX)
    @Column(name = "invoice_reference", length = REFERENCE_MAX)
    private String invoiceReference;

    @Size(min = 1, max = STREET_MAX)
    @Column(name = "invoice_street", length = STREET_MAX)
    private String invoiceStreet;

    @Pattern(regexp = "[0-9]{4}")
    @Column(name = "invoice_postcode", length = 4)
    private String invoicePostcode;

    @Size(min = 1, max = TOWN_MAX)
    @Column(name = "invoice_town", length = TOWN_MAX)
    private String invoiceTown;

    /** Every place needs its own order or person reference, given by the leader who approves it. */
    @Column(name = "reference_required", nullable = false)
    private boolean referenceRequired;

    /** Whether invoice lines name the participants (some payers want the place only). */
    @Column(name = "names_on_invoice", nullable = false)
    private boolean namesOnInvoice = true;

    protected Institution() {
    }

    public Institution(Municipality municipality, String name, InstitutionKind kind) {
        this.municipality = municipality;
        this.name = name;
        this.kind = kind;
    }

    public Institution(Municipality municipality, String name, InstitutionKind kind, String number) {
        this(municipality, name.strip(), kind);
        this.number = blankToNull(number);
    }

    /** Renamed, reclassified, moved to another municipality or given its register number. */
    public void describe(Municipality municipality, String name, InstitutionKind kind, String number) {
        this.municipality = municipality;
        this.name = name.strip();
        this.kind = kind;
        this.number = blankToNull(number);
    }

    /**
     * Where and how the institution is invoiced: its EAN number (or none, blank) and the reference it
     * wants on every invoice (or none).
     */
    public void payBy(String ean, String invoiceReference) {
        String number = blankToNull(ean);
        if (number != null && !Ean.isValid(number)) {
            throw new InstitutionRuleException("ean", "people.institution.ean-invalid");
        }
        String reference = blankToNull(invoiceReference);
        if (reference != null && reference.length() > REFERENCE_MAX) {
            throw new InstitutionRuleException("reference", "people.institution.reference-too-long", REFERENCE_MAX);
        }
        this.ean = number;
        this.invoiceReference = reference;
    }

    /**
     * The postal address on its invoices (each part blank or given; a Danish postcode has four
     * digits), whether each place needs its own reference and whether lines name the participants.
     */
    public void invoiceTo(String street, String postcode, String town, boolean referenceRequired,
                          boolean namesOnInvoice) {
        String streetText = blankToNull(street);
        String postcodeText = blankToNull(postcode);
        String townText = blankToNull(town);
        if (streetText != null && streetText.length() > STREET_MAX) {
            throw new InstitutionRuleException("street", "people.institution.street-too-long", STREET_MAX);
        }
        if (postcodeText != null && !postcodeText.matches("[0-9]{4}")) {
            throw new InstitutionRuleException("postcode", "people.institution.postcode-invalid");
        }
        if (townText != null && townText.length() > TOWN_MAX) {
            throw new InstitutionRuleException("town", "people.institution.town-too-long", TOWN_MAX);
        }
        this.invoiceStreet = streetText;
        this.invoicePostcode = postcodeText;
        this.invoiceTown = townText;
        this.referenceRequired = referenceRequired;
        this.namesOnInvoice = namesOnInvoice;
    }

    public String getInvoiceStreet() {
        return invoiceStreet;
    }

    public String getInvoicePostcode() {
        return invoicePostcode;
    }

    public String getInvoiceTown() {
        return invoiceTown;
    }

    public boolean isReferenceRequired() {
        return referenceRequired;
    }

    public boolean isNamesOnInvoice() {
        return namesOnInvoice;
    }

    public String getEan() {
        return ean;
    }

    public String getInvoiceReference() {
        return invoiceReference;
    }

    public void close(LocalDate on) {
        if (closedOn == null) {
            closedOn = on;
        }
    }

    public void reopen() {
        closedOn = null;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getNumber() {
        return number;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public String getName() {
        return name;
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void requireApproval(boolean required) {
        this.approvalRequired = required;
    }
}
