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
import jakarta.validation.constraints.Size;

/** A school, daycare or municipal administration where participants work. */
@NoPersonalData("A school, daycare or administration.")
@Entity
@Table(name = "institution")
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @NotNull
    @Size(min = 1, max = 150)
    @Column(nullable = false, length = 150)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstitutionKind kind;

    /** Every enrolment of this institution's staff waits for one of its leaders, whatever the course says. */
    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    protected Institution() {
    }

    public Institution(Municipality municipality, String name, InstitutionKind kind) {
        this.municipality = municipality;
        this.name = name;
        this.kind = kind;
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
