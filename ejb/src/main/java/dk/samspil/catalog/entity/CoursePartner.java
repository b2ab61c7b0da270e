package dk.samspil.catalog.entity;

import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.shared.LocalizedText;
import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/** A partner organisation's part in a course: co-designer, host or contributor, and what it brings. */
@NoPersonalData("A partner organisation's part in a course.")
@Entity
@Table(name = "course_partner")
public class CoursePartner {

    public static final int CONTRIBUTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_organisation_id", nullable = false)
    private PartnerOrganisation partner;

    /** The module the partner takes part in, or null for the whole course. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnerRole role;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "contribution_da", length = CONTRIBUTION_MAX)),
            @AttributeOverride(name = "en", column = @Column(name = "contribution_en", length = CONTRIBUTION_MAX))})
    private LocalizedText contribution;

    protected CoursePartner() {
    }

    CoursePartner(Course course, PartnerOrganisation partner, PartnerRole role, LocalizedText contribution) {
        this.course = course;
        this.partner = partner;
        this.role = role;
        this.contribution = contribution;
    }

    void narrowTo(CourseModule module) {
        this.module = module;
    }

    public CourseModule getModule() {
        return module;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public PartnerOrganisation getPartner() {
        return partner;
    }

    public PartnerRole getRole() {
        return role;
    }

    public LocalizedText getContribution() {
        return contribution;
    }
}
