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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
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

    /** Added to every position before renumbering, so no two modules share a position mid-flush. */
    private static final int PARKING_OFFSET = 1000;

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

    /** The planned period; sessions outside it are allowed, but only after a warning. */
    @NotNull
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @NotNull
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

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

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CoursePartner> partners = new ArrayList<>();

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
        apply(terms);
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
        periodStart = terms.periodStart();
        periodEnd = terms.periodEnd();
        consultant = terms.consultant();
        enrolmentTerms = checked.keepingRulesOf(enrolmentTerms);
    }

    /** How people enrol: a motivation asked for or not, and until when they may withdraw. */
    public void enrolmentRules(boolean motivationRequired, LocalDate withdrawalDeadline) {
        requireOpen();
        enrolmentTerms = enrolmentTerms.withRules(motivationRequired, withdrawalDeadline, periodStart);
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
        return enrolmentTerms.allowWithdrawal(now, firstSessionAt);
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
        if (firstSessionAt != null && !deadline.isBefore(firstSessionAt.toLocalDate())) {
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
        if (lastSessionAt == null || lastSessionAt.isAfter(now)) {
            throw new CourseStateException("catalog.complete.not-over", status);
        }
        status = CourseStatus.COMPLETED;
    }

    public boolean isDeletable() {
        return status == CourseStatus.DRAFT;
    }

    private void requireOpen() {
        if (status == CourseStatus.CANCELLED || status == CourseStatus.COMPLETED) {
            throw new CourseStateException("catalog.course.closed", status);
        }
    }

    /**
     * The same course for a new semester: a draft with a new code whose dates (deadline, period,
     * every session) move by as many days as the period's start moves.
     */
    public Course copyTo(String newCode, LocalDate newPeriodStart) {
        long days = ChronoUnit.DAYS.between(periodStart, newPeriodStart);
        EnrolmentTerms terms = enrolmentTerms.shiftedBy(days);
        Course copy = new Course(new CourseTerms(newCode, title, description, theme, targetGroups, ects,
                terms.getPrice(), terms.getPayer(), place, municipality, terms.getRegistrationDeadline(),
                newPeriodStart, periodEnd.plusDays(days), terms.getMinParticipants(), terms.getMaxParticipants(),
                terms.isLeaderApprovalRequired(), terms.getWaitingListPolicy(), terms.getOfferHours(),
                terms.getWaitingListCapacity(), consultant));
        copy.enrolmentRules(terms.isMotivationRequired(), terms.getWithdrawalDeadline());
        copy.completionRule(minAttendancePercent);
        Map<CourseModule, CourseModule> copiedModules = new HashMap<>();
        for (CourseModule module : modules) {
            CourseModule copiedModule = copy.addModule(module.getTitle(), module.getDescription(),
                    module.getObjectives(), module.getReflectionPrompts());
            copiedModule.requireReflection(module.isReflectionRequired());
            copiedModules.put(module, copiedModule);
            for (CourseSession session : module.getSessions()) {
                copy.schedule(copiedModule, session.plan().shiftedBy(days));
            }
        }
        for (CoursePartner link : partners) {
            if (!copy.isLinked(link.getPartner(), link.getRole(), copiedModules.get(link.getModule()))) {
                copy.link(link.getPartner(), link.getRole(), copiedModules.get(link.getModule()), link.getContribution());
            }
        }
        return copy;
    }

    // --- modules ---------------------------------------------------------------------------

    public CourseModule addModule(LocalizedText title, LocalizedText description, LocalizedText objectives,
                                  LocalizedText reflectionPrompts) {
        requireOpen();
        if (modules.size() >= MODULES_MAX) {
            throw new InvalidCourseException("module-title", "catalog.module.too-many", MODULES_MAX);
        }
        CourseModule module = new CourseModule(this, modules.size() + 1, title, objectives);
        module.rewrite(title, description, objectives, reflectionPrompts);
        return module;
    }

    /** Moves a module one place up (-1) or down (+1); call {@link #parkModules()} and flush first. */
    public void moveModule(CourseModule module, int direction) {
        requireOpen();
        int from = modules.indexOf(module);
        int to = from + Integer.signum(direction);
        if (from < 0 || to < 0 || to >= modules.size()) {
            return;
        }
        modules.remove(from);
        modules.add(to, module);
        numberModules();
    }

    /** Removes a module with its sessions and partner links; call {@link #parkModules()} and flush first. */
    public void removeModule(CourseModule module) {
        requireOpen();
        if (status != CourseStatus.DRAFT && modules.size() == 1) {
            throw new InvalidCourseException("modules", "catalog.module.last-of-published");
        }
        partners.removeIf(link -> module.equals(link.getModule()));
        modules.remove(module);
        numberModules();
        spanSessions();
    }

    /**
     * The database keeps module positions unique within a course and checks it row by row, so a
     * reordering is written in two steps: first every module moves out of the way, then to its place.
     */
    public void parkModules() {
        modules.forEach(module -> module.placeAt(module.getPosition() + PARKING_OFFSET));
    }

    private void numberModules() {
        for (int i = 0; i < modules.size(); i++) {
            modules.get(i).placeAt(i + 1);
        }
    }

    void attach(CourseModule module) {
        modules.add(module);
    }

    // --- sessions --------------------------------------------------------------------------

    public CourseSession schedule(CourseModule module, SessionPlan plan) {
        requireOpen();
        requireOwn(module);
        CourseSession session = new CourseSession(module, plan);
        hostedBy(plan);
        spanSessions();
        return session;
    }

    public void reschedule(CourseSession session, SessionPlan plan) {
        requireOpen();
        requireOwn(session.getModule());
        session.move(plan);
        hostedBy(plan);
        spanSessions();
    }

    public void removeSession(CourseSession session) {
        requireOpen();
        requireOwn(session.getModule());
        session.getModule().detach(session);
        spanSessions();
    }

    /** True when the session would not lie within the planned period: the consultant is warned. */
    public boolean isOutsidePeriod(SessionPlan plan) {
        return plan.startsAt().toLocalDate().isBefore(periodStart) || plan.endsAt().toLocalDate().isAfter(periodEnd);
    }

    /** A partner that hosts a session is shown as the course's host, so the link is made with it. */
    private void hostedBy(SessionPlan plan) {
        if (plan.host() != null && !isLinked(plan.host(), PartnerRole.HOST, null)) {
            link(plan.host(), PartnerRole.HOST, null, null);
        }
    }

    private void requireOwn(CourseModule module) {
        if (module.getCourse() != this) {
            throw new IllegalArgumentException("Module " + module.getId() + " belongs to another course");
        }
    }

    /** Recalculates the course's period from its sessions; every change to a session ends with this. */
    public void spanSessions() {
        List<CourseSession> sessions = modules.stream().flatMap(module -> module.getSessions().stream()).toList();
        firstSessionAt = sessions.stream().map(CourseSession::getStartsAt).min(Comparator.naturalOrder()).orElse(null);
        lastSessionAt = sessions.stream().map(CourseSession::getEndsAt).max(Comparator.naturalOrder()).orElse(null);
    }

    // --- partners --------------------------------------------------------------------------

    /** Links a partner to the whole course ({@code module} null) or to one of its modules. */
    public CoursePartner link(PartnerOrganisation partner, PartnerRole role, CourseModule module,
                              LocalizedText contribution) {
        requireOpen();
        if (module != null) {
            requireOwn(module);
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

    private boolean isLinked(PartnerOrganisation partner, PartnerRole role, CourseModule module) {
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
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
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
