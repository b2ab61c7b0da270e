package dk.samspil.partner.entity;

import dk.samspil.shared.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An organisation outside the school system that co-creates courses. */
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Size(min = 1, max = 150)
    @Column(nullable = false, length = 150, unique = true)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PartnerKind kind;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "description_da", length = 1000)),
            @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 1000))})
    private LocalizedText description;

    protected PartnerOrganisation() {
    }

    public PartnerOrganisation(String name, PartnerKind kind, LocalizedText description) {
        this.name = name;
        this.kind = kind;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public LocalizedText getDescription() {
        return description;
    }
}
