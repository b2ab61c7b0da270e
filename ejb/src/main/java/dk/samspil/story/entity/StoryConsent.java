package dk.samspil.story.entity;

import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.PartnerOrganisation;
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
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;

/** One named partner organisation's consent to a story, and which of its contacts decided when. Changed through the story. */
@Entity
@Table(name = "story_consent")
public class StoryConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id", nullable = false, updatable = false)
    private PracticeStory story;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_organisation_id", nullable = false, updatable = false)
    private PartnerOrganisation partner;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    private ConsentStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    @PersonalData(Kind.PERSON)
    private Account decidedBy;

    @Column(name = "decided_at")
    @PersonalData(Kind.ACTIVITY)
    private LocalDateTime decidedAt;

    protected StoryConsent() {
    }

    StoryConsent(PracticeStory story, PartnerOrganisation partner) {
        this.story = story;
        this.partner = partner;
        this.status = ConsentStatus.ASKED;
    }

    void ask() {
        status = ConsentStatus.ASKED;
        decidedBy = null;
        decidedAt = null;
    }

    void decide(ConsentStatus decision, Account by, LocalDateTime now) {
        status = decision;
        decidedBy = by;
        decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public PracticeStory getStory() {
        return story;
    }

    public PartnerOrganisation getPartner() {
        return partner;
    }

    public ConsentStatus getStatus() {
        return status;
    }

    public Account getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }
}
