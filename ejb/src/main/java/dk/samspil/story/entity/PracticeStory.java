package dk.samspil.story.entity;

import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.Theme;
import dk.samspil.partner.entity.AgeGroup;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Institution;
import dk.samspil.people.entity.Municipality;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.reflection.entity.Reflection;
import dk.samspil.shared.PersonalData;
import dk.samspil.shared.PersonalData.Kind;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A participant's practice story: a titled account of a cooperation after a course, naming the
 * partner organisations that took part. It is the aggregate for their consents. Who may read it is
 * decided here: the author always; everyone else only once it is published to an audience they
 * belong to, every named organisation has consented and no consultant has hidden it.
 */
@Entity
@Table(name = "practice_story")
public class PracticeStory {

    public static final int TITLE_MAX = 150;
    public static final int TEXT_MAX = 4000;
    public static final int PARTNERS_MAX = 10;
    public static final int PICTURES_MAX = 4;

    /** What the author tells; the partner organisations are those the story names. */
    public record Telling(String title, Theme theme, Municipality municipality, AgeGroup ageGroup, String did,
                          String learned, Collection<PartnerOrganisation> partners) {
    }

    /** Where a story stands, as its author sees it. */
    public enum State {
        DRAFT, AWAITING_CONSENT, PUBLISHED, HIDDEN;

        /** A story's state from its columns, for lists that count the consents rather than load them. */
        public static State of(StoryAudience audience, boolean hidden, long consented, long named) {
            if (audience == null) {
                return DRAFT;
            }
            if (hidden) {
                return HIDDEN;
            }
            return consented < named ? AWAITING_CONSENT : PUBLISHED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    @PersonalData(Kind.PERSON)
    private Account author;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reflection_id", updatable = false)
    private Reflection reflection;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id", updatable = false)
    private Institution institution;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id", nullable = false)
    private Theme theme;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "age_group", nullable = false, length = 11)
    private AgeGroup ageGroup;

    @NotNull
    @Size(min = 1, max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    @PersonalData(Kind.CONTENT)
    private String title;

    @NotNull
    @Size(min = 1, max = TEXT_MAX)
    @Column(nullable = false, length = TEXT_MAX)
    @PersonalData(Kind.CONTENT)
    private String did;

    @NotNull
    @Size(min = 1, max = TEXT_MAX)
    @Column(nullable = false, length = TEXT_MAX)
    @PersonalData(Kind.CONTENT)
    private String learned;

    @Enumerated(EnumType.STRING)
    @Column(length = 6)
    private StoryAudience audience;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @OneToMany(mappedBy = "story", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<StoryConsent> consents = new ArrayList<>();

    @Version
    private long version;

    protected PracticeStory() {
    }

    public PracticeStory(Account author, Course course, Reflection reflection, Institution institution, Telling telling,
                         LocalDateTime now) {
        this.author = author;
        this.course = course;
        this.reflection = reflection;
        this.institution = institution;
        this.createdAt = now;
        tell(telling, now);
    }

    /**
     * Rewrites the story. A published story whose words or partners change asks every named
     * organisation again (they consented to another text) and is not shown until they have.
     * Returns the organisations now to be asked.
     */
    public List<PartnerOrganisation> tell(Telling telling, LocalDateTime now) {
        String newTitle = required(telling.title(), "title", TITLE_MAX);
        String newDid = required(telling.did(), "did", TEXT_MAX);
        String newLearned = required(telling.learned(), "learned", TEXT_MAX);
        if (telling.theme() == null) {
            throw new StoryRefusedException("theme", "story.theme.required");
        }
        if (telling.municipality() == null) {
            throw new StoryRefusedException("municipality", "story.municipality.required");
        }
        if (telling.ageGroup() == null) {
            throw new StoryRefusedException("ageGroup", "story.age-group.required");
        }
        Set<PartnerOrganisation> named = telling.partners() == null ? Set.of() : new LinkedHashSet<>(telling.partners());
        if (named.size() > PARTNERS_MAX) {
            throw new StoryRefusedException("partners", "story.partners.too-many", PARTNERS_MAX);
        }
        boolean reworded = !newTitle.equals(title) || !newDid.equals(did) || !newLearned.equals(learned);
        boolean renamed = !named.equals(Set.copyOf(partners()));
        title = newTitle;
        did = newDid;
        learned = newLearned;
        theme = telling.theme();
        municipality = telling.municipality();
        ageGroup = telling.ageGroup();
        consents.removeIf(consent -> !named.contains(consent.getPartner()));
        for (PartnerOrganisation partner : named) {
            if (consentOf(partner).isEmpty()) {
                consents.add(new StoryConsent(this, partner));
            }
        }
        updatedAt = now;
        return audience != null && (reworded || renamed) ? askAll() : List.of();
    }

    /**
     * Publishes the story to an audience (or moves it to another). Every named organisation that has
     * not consented is asked; returns those newly asked.
     */
    public List<PartnerOrganisation> publish(StoryAudience to, LocalDateTime now) {
        if (to == null) {
            throw new StoryRefusedException("audience", "story.audience.required");
        }
        boolean first = audience == null;
        audience = to;
        if (first) {
            publishedAt = now;
        }
        List<PartnerOrganisation> asked = new ArrayList<>();
        for (StoryConsent consent : consents) {
            if (consent.getStatus() != ConsentStatus.GIVEN && (consent.getStatus() != ConsentStatus.ASKED || first)) {
                consent.ask();
                asked.add(consent.getPartner());
            }
        }
        return asked;
    }

    /** The author takes the story back: it is gone from every audience at once; consents given stay. */
    public void revoke() {
        audience = null;
        publishedAt = null;
    }

    /** A named organisation consents to the story as it now reads. */
    public void consent(PartnerOrganisation partner, Account by, LocalDateTime now) {
        StoryConsent consent = askedOf(partner);
        if (consent.getStatus() != ConsentStatus.ASKED) {
            throw new StoryRefusedException(null, "story.consent.not-asked");
        }
        consent.decide(ConsentStatus.GIVEN, by, now);
    }

    /** A named organisation refuses to be named, or withdraws the consent it gave: the story is unpublished. */
    public void refuse(PartnerOrganisation partner, Account by, LocalDateTime now) {
        StoryConsent consent = askedOf(partner);
        switch (consent.getStatus()) {
            case ASKED -> consent.decide(ConsentStatus.REFUSED, by, now);
            case GIVEN -> consent.decide(ConsentStatus.WITHDRAWN, by, now);
            default -> throw new StoryRefusedException(null, "story.consent.not-asked");
        }
        revoke();
    }

    /** A consultant hides a published story from every reader but its author (the reason goes to the moderation log). */
    public void hide() {
        if (audience == null || hidden) {
            throw new StoryRefusedException(null, "story.hide.not-shown");
        }
        hidden = true;
    }

    public void show() {
        if (!hidden) {
            throw new StoryRefusedException(null, "story.show.not-hidden");
        }
        hidden = false;
    }

    /** Seen by its audience: published, every named organisation consenting, not hidden. */
    public boolean isShown() {
        return audience != null && !hidden && consents.stream().allMatch(consent -> consent.getStatus() == ConsentStatus.GIVEN);
    }

    public State state() {
        return State.of(audience, hidden, consents.stream().filter(c -> c.getStatus() == ConsentStatus.GIVEN).count(),
                consents.size());
    }

    /**
     * Whether this reader may read the story: its author always; a consultant and a named partner
     * once it is published (to moderate it, to consent); anyone else once it is shown to an audience
     * they belong to.
     */
    public boolean readableBy(StoryReader reader) {
        if (reader.author()) {
            return true;
        }
        if ((reader.moderator() || reader.namedPartner()) && audience != null) {
            return true;
        }
        if (!isShown()) {
            return false;
        }
        return switch (audience) {
            case PUBLIC -> true;
            case USERS -> reader.loggedIn();
            case COHORT -> reader.cohort();
        };
    }

    public Optional<StoryConsent> consentOf(PartnerOrganisation partner) {
        return consents.stream().filter(consent -> consent.getPartner().equals(partner)).findFirst();
    }

    public List<PartnerOrganisation> partners() {
        return consents.stream().map(StoryConsent::getPartner).toList();
    }

    private StoryConsent askedOf(PartnerOrganisation partner) {
        return consentOf(partner).orElseThrow(() -> new StoryRefusedException(null, "story.consent.not-named"));
    }

    private List<PartnerOrganisation> askAll() {
        consents.forEach(StoryConsent::ask);
        return partners();
    }

    private static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw new StoryRefusedException(field, "story.required");
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new StoryRefusedException(field, "story.too-long", max);
        }
        return stripped;
    }

    public Long getId() {
        return id;
    }

    public Account getAuthor() {
        return author;
    }

    public Course getCourse() {
        return course;
    }

    public Reflection getReflection() {
        return reflection;
    }

    public Institution getInstitution() {
        return institution;
    }

    public Theme getTheme() {
        return theme;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public String getTitle() {
        return title;
    }

    public String getDid() {
        return did;
    }

    public String getLearned() {
        return learned;
    }

    public StoryAudience getAudience() {
        return audience;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public boolean isHidden() {
        return hidden;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<StoryConsent> getConsents() {
        return List.copyOf(consents);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "PracticeStory " + Objects.requireNonNullElse(id, 0L);
    }
}
