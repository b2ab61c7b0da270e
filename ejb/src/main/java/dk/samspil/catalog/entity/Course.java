package dk.samspil.catalog.entity;

import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Municipality;
import dk.samspil.shared.LocalizedText;
import dk.samspil.shared.PersonalData.Kind;
import dk.samspil.shared.PersonalData;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A course offered in the catalogue. It is the aggregate for its modules, their sessions and its
 * partner links: every change to them goes through the course, which keeps its period, its
 * module order and its lifecycle rules.
 */
@Entity
@Table(name = "course")
public class Course {

    public static final Set<Integer> ALLOWED_ECTS = Set.of(0, 5, 10, 15);
    public static final int DEFAULT_MIN_ATTENDANCE = 80;
    public static final int MAX_PARTICIPANTS_LIMIT = 500;
    public static final int CODE_MAX = 20;
    public static final String CODE_PATTERN = "[\\p{L}0-9-]{1," + CODE_MAX + "}";
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PLACE_MAX = 150;
    public static final int REASON_MAX = 1000;
    public static final int MODULES_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Pattern(regexp = CODE_PATTERN)
    @Column(nullable = false, length = CODE_MAX, unique = true)
    private String code;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "title_da", nullable = false, length = TITLE_MAX)),
            @AttributeOverride(name = "en", column = @Column(name = "title_en", length = TITLE_MAX))})
    private LocalizedText title;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "description_da", nullable = false, length = DESCRIPTION_MAX)),
            @AttributeOverride(name = "en", column = @Column(name = "description_en", length = DESCRIPTION_MAX))})
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

    @Size(max = REASON_MAX)
    @Column(name = "cancellation_reason", length = REASON_MAX)
    private String cancellationReason;

    @NotNull
    @Size(min = 1, max = PLACE_MAX)
    @Column(nullable = false, length = PLACE_MAX)
    private String place;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @NotNull
    @Valid
    @Embedded
    private CoursePeriod period;

    @Min(0)
    @Max(100)
    @Column(name = "min_attendance_percent", nullable = false)
    private int minAttendancePercent = DEFAULT_MIN_ATTENDANCE;

    @NotNull
    @Valid
    @Embedded
    private EnrolmentTerms enrolmentTerms;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultant_id", nullable = false)
    @PersonalData(Kind.PERSON)
    private Account consultant;

    /** The run this course was first copied from (null for a first run), so its page finds the earlier runs. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "origin_id", updatable = false)
    private Course origin;

    @ElementCollection
    @CollectionTable(name = "course_target_group", joinColumns = @JoinColumn(name = "course_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false, length = 20)
    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CoursePartner> partners = new ArrayList<>();

    /** Whether places on it have been invoiced: from then on its price and payer stay as invoiced. */
    @Column(nullable = false)
    private boolean invoiced;

    @Version
    private long version;

    protected Course() {
    }

    public Course(CourseTerms terms) {
        apply(terms);
    }

    /** Changes what the consultant decides; a published course keeps its code, since people have linked to it. */
    public void revise(CourseTerms terms) {
        requireOpen();
        if (status != CourseStatus.DRAFT && !code.equals(terms.code())) {
            throw new InvalidCourseException("code", "catalog.course.code.frozen");
        }
        if (invoiced && (terms.price() == null || enrolmentTerms.getPrice().compareTo(terms.price()) != 0
                || enrolmentTerms.getPayer() != terms.payer())) {
            throw new InvalidCourseException("price", "catalog.course.price.invoiced");
        }
        apply(terms);
    }

    /** Places on the course have been invoiced; its price and payer are now those of the invoices. */
    public void markInvoiced() {
        invoiced = true;
    }

    public boolean isInvoiced() {
        return invoiced;
    }

    private void apply(CourseTerms terms) {
        EnrolmentTerms checked = terms.check();
        code = terms.code();
        title = terms.title();
        description = terms.description();
        theme = terms.theme();
        targetGroups.clear();
        targetGroups.addAll(terms.targetGroups());
        ects = terms.ects();
        place = terms.place().strip();
        municipality = terms.municipality();
        period = new CoursePeriod(terms.periodStart(), terms.periodEnd()).keepingSessionsOf(period);
        consultant = terms.consultant();
        enrolmentTerms = checked.keepingRulesOf(enrolmentTerms);
    }

    /** How people enrol: a motivation asked for or not, and until when they may withdraw. */
    public void enrolmentRules(boolean motivationRequired, LocalDate withdrawalDeadline) {
        requireOpen();
        enrolmentTerms = enrolmentTerms.withRules(motivationRequired, withdrawalDeadline, period.getStartsOn());
    }

    /**
     * What completing the course takes: at least this share (per cent) of all its sessions attended,
     * and a submitted reflection on each module that asks for one ({@link CourseModule#isReflectionRequired()}).
     */
    public void completionRule(int minAttendancePercent) {
        if (minAttendancePercent < 0 || minAttendancePercent > 100) {
            throw new InvalidCourseException("min-attendance", "catalog.course.min-attendance.range");
        }
        this.minAttendancePercent = minAttendancePercent;
    }

    /** Whether a participant may still withdraw: until the withdrawal deadline, or until the first session starts. */
    public boolean allowsWithdrawal(LocalDateTime now) {
        return enrolmentTerms.allowWithdrawal(now, period.getFirstSessionAt());
    }

    /** Whether the course takes enrolments today: published and the registration deadline not passed. */
    public boolean isOpenForEnrolment(LocalDate today) {
        return status == CourseStatus.PUBLISHED && !today.isAfter(enrolmentTerms.getRegistrationDeadline());
    }

    /** Seats still free when {@code seatsTaken} enrolments hold one; never negative. */
    public static int seatsLeft(int maxParticipants, long seatsTaken) {
        return (int) Math.max(0, maxParticipants - seatsTaken);
    }

    // --- lifecycle -------------------------------------------------------------------------

    /** A draft becomes visible in the catalogue only when a teacher could actually follow it. */
    public void publish(LocalDate today) {
        if (status != CourseStatus.DRAFT) {
            throw new CourseStateException("catalog.publish.not-draft", status);
        }
        List<String> problems = new ArrayList<>();
        if (modules.stream().noneMatch(module -> !module.getSessions().isEmpty())) {
            problems.add("catalog.publish.no-session");
        }
        LocalDate deadline = enrolmentTerms.getRegistrationDeadline();
        if (!period.startsAfter(deadline)) {
            problems.add("catalog.publish.deadline-not-before-start");
        }
        if (deadline.isBefore(today)) {
            problems.add("catalog.publish.deadline-passed");
        }
        if (enrolmentTerms.getMinParticipants() > enrolmentTerms.getMaxParticipants()) {
            problems.add("catalog.publish.min-above-max");
        }
        if (!problems.isEmpty()) {
            throw new CourseIncompleteException(problems);
        }
        status = CourseStatus.PUBLISHED;
    }

    /** Only a published course is cancelled (a draft is deleted instead), and people are owed a reason. */
    public void cancel(String reason) {
        if (status != CourseStatus.PUBLISHED) {
            throw new CourseStateException("catalog.cancel.not-published", status);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
            throw new InvalidCourseException("reason", "catalog.cancel.reason.required", REASON_MAX);
        }
        cancellationReason = reason.strip();
        status = CourseStatus.CANCELLED;
    }

    /** A course is completed once its last session is over. */
    public void complete(LocalDateTime now) {
        if (status != CourseStatus.PUBLISHED) {
            throw new CourseStateException("catalog.complete.not-published", status);
        }
        if (period.getLastSessionAt() == null || period.getLastSessionAt().isAfter(now)) {
            throw new CourseStateException("catalog.complete.not-over", status);
        }
        status = CourseStatus.COMPLETED;
    }

    /** Held and over: completed, or published with its last session behind {@code now} (a cancelled course never ends). */
    public boolean hasEnded(LocalDateTime now) {
        LocalDateTime last = period.getLastSessionAt();
        return status == CourseStatus.COMPLETED
                || status == CourseStatus.PUBLISHED && last != null && last.isBefore(now);
    }

    public boolean isDeletable() {
        return status == CourseStatus.DRAFT;
    }

    void requireOpen() {
        if (status == CourseStatus.CANCELLED || status == CourseStatus.COMPLETED) {
            throw new CourseStateException("catalog.course.closed", status);
        }
    }

    /**
     * The same course for a new semester: a draft with a new code whose dates (deadline, period,
     * every session) move by as many days as the period's start moves.
     */
    public Course copyTo(String newCode, LocalDate newPeriodStart) {
        long days = ChronoUnit.DAYS.between(period.getStartsOn(), newPeriodStart);
        EnrolmentTerms terms = enrolmentTerms.shiftedBy(days);
        Course copy = new Course(new CourseTerms(newCode, title, description, theme, targetGroups, ects,
                terms.getPrice(), terms.getPayer(), place, municipality, terms.getRegistrationDeadline(),
                newPeriodStart, period.getEndsOn().plusDays(days), terms.getMinParticipants(), terms.getMaxParticipants(),
                terms.isLeaderApprovalRequired(), terms.getWaitingListPolicy(), terms.getOfferHours(),
                terms.getWaitingListCapacity(), consultant));
        copy.enrolmentRules(terms.isMotivationRequired(), terms.getWithdrawalDeadline());
        copy.completionRule(minAttendancePercent);
        copy.origin = origin == null ? this : origin;
        Map<CourseModule, CourseModule> copiedModules = programme().copyInto(copy.programme(), days);
        for (CoursePartner link : partners) {
            if (!copy.isLinked(link.getPartner(), link.getRole(), copiedModules.get(link.getModule()))) {
                copy.link(link.getPartner(), link.getRole(), copiedModules.get(link.getModule()), link.getContribution());
            }
        }
        return copy;
    }

    // --- programme -------------------------------------------------------------------------

    /** Its modules and their sessions, changed through the course so its period and hosts stay right. */
    public CourseProgramme programme() {
        return new CourseProgramme(this, modules);
    }

    /** True when the session would not lie within the planned period: the consultant is warned. */
    public boolean isOutsidePeriod(SessionPlan plan) {
        return period.excludes(plan);
    }

    /** Kept by the programme from the first session's start to the last one's end, or null without sessions. */
    void runsFromTo(LocalDateTime firstSessionAt, LocalDateTime lastSessionAt) {
        period = period.spanning(firstSessionAt, lastSessionAt);
    }

    // --- partners --------------------------------------------------------------------------

    /** Links a partner to the whole course ({@code module} null) or to one of its modules. */
    public CoursePartner link(PartnerOrganisation partner, PartnerRole role, CourseModule module,
                              LocalizedText contribution) {
        requireOpen();
        if (module != null) {
            module.requirePartOf(this);
        }
        if (isLinked(partner, role, module)) {
            throw new InvalidCourseException("partner", "catalog.partners.already-linked", partner.getName());
        }
        CoursePartner link = new CoursePartner(this, partner, role, contribution);
        link.narrowTo(module);
        partners.add(link);
        return link;
    }

    public void unlink(CoursePartner link) {
        requireOpen();
        partners.remove(link);
    }

    /** Ends every link narrowed to the module, which is being removed. */
    void unlinkAll(CourseModule module) {
        partners.removeIf(link -> module.equals(link.getModule()));
    }

    boolean isLinked(PartnerOrganisation partner, PartnerRole role, CourseModule module) {
        return partners.stream().anyMatch(link -> link.getPartner().equals(partner)
                && link.getRole() == role && Objects.equals(link.getModule(), module));
    }

    /** Whether the partner co-designs this module, either the whole course or the module itself. */
    public boolean isCoDesignedBy(PartnerOrganisation partner, CourseModule module) {
        return partners.stream().anyMatch(link -> link.getPartner().equals(partner)
                && link.getRole() == PartnerRole.CO_DESIGNER
                && (link.getModule() == null || link.getModule().equals(module)));
    }

    // --- state -----------------------------------------------------------------------------

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

    public String getCancellationReason() {
        return cancellationReason;
    }

    public LocalDate getPeriodStart() {
        return period.getStartsOn();
    }

    public LocalDate getPeriodEnd() {
        return period.getEndsOn();
    }

    public int getMinAttendancePercent() {
        return minAttendancePercent;
    }

    public long getVersion() {
        return version;
    }

    public EnrolmentTerms getEnrolmentTerms() {
        return enrolmentTerms;
    }

    public LocalDate getRegistrationDeadline() {
        return enrolmentTerms.getRegistrationDeadline();
    }

    public Account getConsultant() {
        return consultant;
    }

    /** The first run of this course: the one it was copied from, or itself. */
    public Course getFirstRun() {
        return origin == null ? this : origin;
    }

    public LocalDateTime getFirstSessionAt() {
        return period.getFirstSessionAt();
    }

    public LocalDateTime getLastSessionAt() {
        return period.getLastSessionAt();
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
