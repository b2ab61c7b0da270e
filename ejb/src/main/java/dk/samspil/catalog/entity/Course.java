package dk.samspil.catalog.entity;

import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Municipality;
import dk.samspil.shared.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A course offered in the catalogue; it owns its modules and their sessions. */
@Entity
@Table(name = "course")
public class Course {

    public static final Set<Integer> ALLOWED_ECTS = Set.of(0, 5, 10, 15);
    public static final int MAX_PARTICIPANTS_LIMIT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Pattern(regexp = "[\\p{L}0-9-]{1,20}")
    @Column(nullable = false, length = 20, unique = true)
    private String code;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "title_da", nullable = false, length = 200)),
            @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 200))})
    private LocalizedText title;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "description_da", nullable = false, length = 4000)),
            @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 4000))})
    private LocalizedText description;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id", nullable = false)
    private Theme theme;

    @Min(0)
    @Max(15)
    @Column(nullable = false)
    private int ects;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseStatus status = CourseStatus.DRAFT;

    @NotNull
    @Size(min = 1, max = 150)
    @Column(nullable = false, length = 150)
    private String place;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @NotNull
    @Column(name = "registration_deadline", nullable = false)
    private LocalDate registrationDeadline;

    @Min(1)
    @Column(name = "min_participants", nullable = false)
    private int minParticipants;

    @Min(1)
    @Max(MAX_PARTICIPANTS_LIMIT)
    @Column(name = "max_participants", nullable = false)
    private int maxParticipants;

    @Column(name = "leader_approval_required", nullable = false)
    private boolean leaderApprovalRequired;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultant_id", nullable = false)
    private Account consultant;

    /** Start of the first session; kept by {@link #spanSessions()} so the catalogue can sort by an index. */
    @Column(name = "first_session_at")
    private LocalDateTime firstSessionAt;

    /** End of the last session. */
    @Column(name = "last_session_at")
    private LocalDateTime lastSessionAt;

    @ElementCollection
    @CollectionTable(name = "course_target_group", joinColumns = @JoinColumn(name = "course_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false, length = 20)
    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

    @OneToMany(mappedBy = "course")
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @OneToMany(mappedBy = "course")
    private List<CoursePartner> partners = new ArrayList<>();

    @Version
    private long version;

    protected Course() {
    }

    public Course(String code, LocalizedText title, LocalizedText description, Theme theme, int ects,
                  String place, LocalDate registrationDeadline, int minParticipants, int maxParticipants,
                  Account consultant) {
        requireAllowedEcts(ects);
        requireParticipantRange(minParticipants, maxParticipants);
        this.code = code;
        this.title = title;
        this.description = description;
        this.theme = theme;
        this.ects = ects;
        this.place = place;
        this.registrationDeadline = registrationDeadline;
        this.minParticipants = minParticipants;
        this.maxParticipants = maxParticipants;
        this.consultant = consultant;
    }

    static void requireAllowedEcts(int ects) {
        if (!ALLOWED_ECTS.contains(ects)) {
            throw new IllegalArgumentException("ECTS must be 0, 5, 10 or 15, not " + ects);
        }
    }

    static void requireParticipantRange(int min, int max) {
        if (min < 1 || max > MAX_PARTICIPANTS_LIMIT || min > max) {
            throw new IllegalArgumentException("Participants must satisfy 1 <= min <= max <= "
                    + MAX_PARTICIPANTS_LIMIT + ", not " + min + ".." + max);
        }
    }

    /** Seats still free when {@code seatsTaken} enrolments hold one; never negative. */
    public static int seatsLeft(int maxParticipants, long seatsTaken) {
        return (int) Math.max(0, maxParticipants - seatsTaken);
    }

    /** Recalculates the course's period from its sessions; every change to a session ends with this. */
    public void spanSessions() {
        List<CourseSession> sessions = modules.stream().flatMap(module -> module.getSessions().stream()).toList();
        firstSessionAt = sessions.stream().map(CourseSession::getStartsAt).min(Comparator.naturalOrder()).orElse(null);
        lastSessionAt = sessions.stream().map(CourseSession::getEndsAt).max(Comparator.naturalOrder()).orElse(null);
    }

    void attach(CourseModule module) {
        modules.add(module);
    }

    public void publish() {
        if (status != CourseStatus.DRAFT) {
            throw new IllegalStateException("Only a draft can be published, this course is " + status);
        }
        status = CourseStatus.PUBLISHED;
    }

    public void addressTo(Set<TargetGroup> groups) {
        targetGroups.clear();
        targetGroups.addAll(groups);
    }

    public void requireLeaderApproval(boolean required) {
        this.leaderApprovalRequired = required;
    }

    public void locateIn(Municipality municipality) {
        this.municipality = municipality;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public Theme getTheme() {
        return theme;
    }

    public int getEcts() {
        return ects;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public String getPlace() {
        return place;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public int getMinParticipants() {
        return minParticipants;
    }

    public int getMaxParticipants() {
        return maxParticipants;
    }

    public boolean isLeaderApprovalRequired() {
        return leaderApprovalRequired;
    }

    public Account getConsultant() {
        return consultant;
    }

    public LocalDateTime getFirstSessionAt() {
        return firstSessionAt;
    }

    public LocalDateTime getLastSessionAt() {
        return lastSessionAt;
    }

    public Set<TargetGroup> getTargetGroups() {
        return Collections.unmodifiableSet(targetGroups);
    }

    public List<CourseModule> getModules() {
        return Collections.unmodifiableList(modules);
    }

    public List<CoursePartner> getPartners() {
        return Collections.unmodifiableList(partners);
    }
}
