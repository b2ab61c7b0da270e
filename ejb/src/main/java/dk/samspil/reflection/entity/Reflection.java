package dk.samspil.reflection.entity;

import dk.samspil.catalog.entity.CourseModule;
import dk.samspil.people.entity.Account;
import dk.samspil.shared.PersonalData.Kind;
import dk.samspil.shared.PersonalData;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A participant's reflection on one module: a working text only the author reads, the versions they
 * submitted, and the audiences they chose to share it with. Who may read it is decided here, from
 * the reader's relation to the author and course and the author's shares.
 */
@Entity
@Table(name = "reflection")
public class Reflection {

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
    @JoinColumn(name = "module_id", nullable = false, updatable = false)
    private CourseModule module;

    @NotNull
    @Size(max = ReflectionText.MAX_LENGTH)
    @Lob
    @Column(nullable = false)
    @PersonalData(Kind.CONTENT)
    private String body;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReflectionStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reflection_share", joinColumns = @JoinColumn(name = "reflection_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "audience", length = 12)
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

    @OneToMany(mappedBy = "reflection", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<ReflectionVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected Reflection() {
    }

    public Reflection(Account author, CourseModule module, LocalDateTime now) {
        this.author = author;
        this.module = module;
        this.body = "";
        this.status = ReflectionStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Saves the working text, sanitised. Returns whether the sanitiser removed something the writer
     * could see. Readers keep seeing the last submitted version until the author submits again.
     */
    public boolean write(String html, LocalDateTime now) {
        ReflectionText text = ReflectionText.clean(html);
        if (text.html().length() > ReflectionText.MAX_LENGTH) {
            throw new ReflectionRefusedException("text", "reflection.write.too-long", ReflectionText.MAX_LENGTH);
        }
        body = text.html();
        updatedAt = now;
        return text.removed();
    }

    /** Submits the working text as the next version; an empty text cannot be submitted. */
    public ReflectionVersion submit(LocalDateTime now) {
        if (ReflectionText.clean(body).isBlank()) {
            throw new ReflectionRefusedException("text", "reflection.submit.empty");
        }
        ReflectionVersion next = new ReflectionVersion(this, versions.size() + 1, body, now);
        versions.add(next);
        status = ReflectionStatus.SUBMITTED;
        submittedAt = now;
        return next;
    }

    public void share(Audience audience) {
        audiences.add(audience);
    }

    public void revoke(Audience audience) {
        audiences.remove(audience);
    }

    /**
     * The share through which this reader may read the reflection, or empty when they may not:
     * the author always; anyone else only a submitted reflection shared with an audience they belong to.
     * When a reader belongs to several, the course team comes first, then leaders, then the cohort.
     */
    public Optional<Audience> readableThrough(ReaderRelation reader) {
        if (reader.author() || status != ReflectionStatus.SUBMITTED) {
            return Optional.empty();
        }
        return Arrays.stream(Audience.values())
                .filter(audience -> audiences.contains(audience) && reader.belongsTo(audience))
                .findFirst();
    }

    public boolean isReadableBy(ReaderRelation reader) {
        return reader.author() || readableThrough(reader).isPresent();
    }

    /** What readers see: the newest submitted version, sanitised again on the way out whatever put it there. */
    public String getPublishedBody() {
        return versions.isEmpty() ? "" : ReflectionText.clean(versions.get(versions.size() - 1).getBody()).html();
    }

    /** Whether a member of the course team may comment: only on a submitted reflection shared with the team. */
    public boolean takesFeedbackFrom(ReaderRelation reader) {
        return !reader.author() && reader.courseTeam() && status == ReflectionStatus.SUBMITTED
                && audiences.contains(Audience.COURSE_TEAM);
    }

    public Long getId() {
        return id;
    }

    public Account getAuthor() {
        return author;
    }

    public CourseModule getModule() {
        return module;
    }

    public String getBody() {
        return body;
    }

    public ReflectionStatus getStatus() {
        return status;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public Set<Audience> getAudiences() {
        return Set.copyOf(audiences);
    }

    public List<ReflectionVersion> getVersions() {
        return List.copyOf(versions);
    }

    public long getVersion() {
        return version;
    }
}
