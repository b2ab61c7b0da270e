package dk.samspil.catalog.boundary;

import dk.samspil.catalog.boundary.CoursePlan.LinkRow;
import dk.samspil.catalog.boundary.CoursePlan.ModulePlan;
import dk.samspil.catalog.boundary.CoursePlan.SessionRow;
import dk.samspil.catalog.boundary.PlanningOptions.Option;
import dk.samspil.catalog.control.CourseLock;
import dk.samspil.catalog.control.SchedulingConflicts;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseEvent.CourseCancelled;
import dk.samspil.catalog.entity.CourseEvent.CourseClosed;
import dk.samspil.catalog.entity.CourseEvent.CourseRevised;
import dk.samspil.catalog.entity.CourseEvent.SessionMoved;
import dk.samspil.catalog.entity.CourseModule;
import dk.samspil.catalog.entity.CourseNotFoundException;
import dk.samspil.catalog.entity.CoursePartner;
import dk.samspil.catalog.entity.CourseProgramme;
import dk.samspil.catalog.entity.CourseSession;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.CourseTerms;
import dk.samspil.catalog.entity.InvalidCourseException;
import dk.samspil.catalog.entity.PartnerRole;
import dk.samspil.catalog.entity.Room;
import dk.samspil.catalog.entity.Semester;
import dk.samspil.catalog.entity.SessionPlan;
import dk.samspil.catalog.entity.Theme;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Municipality;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.BilingualText;
import dk.samspil.shared.BusinessException.Detail;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The consultants' side of the catalogue: every course of the college, drafts included, and every
 * change to one. Each change names the version the consultant saw; if someone saved in between,
 * the change is refused rather than silently overwriting theirs.
 */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class CoursePlanning {

    static final int PAGE_SIZE = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseRows rows;

    @Inject
    SchedulingConflicts conflicts;

    @Inject
    CourseLock courseLock;

    @Inject
    Event<CourseRevised> revised;

    @Inject
    Event<CourseCancelled> cancelled;

    @Inject
    Event<CourseClosed> closed;

    @Inject
    Event<SessionMoved> moved;

    /** The courses a consultant looks for, a page at a time, in the order they run. */
    public CatalogPage search(PlanningQuery query, Locale locale) {
        return rows.plan(query, PAGE_SIZE, locale);
    }

    /** The semesters from the earliest course's to the one after the latest course's, newest first. */
    public List<Semester> semesters() {
        Object[] span = em.createQuery("SELECT MIN(c.period.startsOn), MAX(c.period.startsOn) FROM Course c", Object[].class)
                .getSingleResult();
        Semester today = Semester.of(DanishTime.today());
        Semester first = span[0] == null ? today : Semester.of((LocalDate) span[0]);
        Semester last = span[1] == null ? today : Semester.of((LocalDate) span[1]);
        if (last.compareTo(today) < 0) {
            last = today;
        }
        List<Semester> semesters = new ArrayList<>();
        for (Semester s = first; s.compareTo(last.next()) <= 0; s = s.next()) {
            semesters.add(0, s);
        }
        return semesters;
    }

    /** The course with its modules, sessions and partners in a constant number of statements (batch fetching). */
    public CoursePlan getPlan(String code, Locale locale) {
        Course course = em.createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", code)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.modules")
                .setHint("eclipselink.batch", "c.modules.sessions")
                .setHint("eclipselink.batch", "c.modules.sessions.room")
                .setHint("eclipselink.batch", "c.modules.sessions.facilitators")
                .setHint("eclipselink.batch", "c.modules.sessions.hostPartner")
                .setHint("eclipselink.batch", "c.partners")
                .setHint("eclipselink.batch", "c.partners.partner")
                .setHint("eclipselink.batch", "c.targetGroups")
                .setHint("eclipselink.batch", "c.theme")
                .setHint("eclipselink.batch", "c.municipality")
                .setHint("eclipselink.batch", "c.consultant")
                .getResultStream().findFirst()
                .orElseThrow(() -> new CourseNotFoundException(code));
        List<ModulePlan> modules = course.getModules().stream()
                .map(module -> new ModulePlan(module.getId(), module.getPosition(), module.getTitle().in(locale),
                        LocalizedText.in(module.getObjectives(), locale), ModuleForm.of(module),
                        module.getSessions().stream().map(CoursePlanning::sessionRow).toList()))
                .toList();
        List<LinkRow> partners = course.getPartners().stream()
                .sorted(Comparator.comparing((CoursePartner link) -> link.getPartner().getName())
                        .thenComparing(CoursePartner::getRole))
                .map(link -> new LinkRow(link.getId(), link.getPartner().getName(), link.getRole(),
                        link.getModule() == null ? null : link.getModule().getTitle().in(locale),
                        LocalizedText.in(link.getContribution(), locale)))
                .toList();
        return new CoursePlan(course.getCode(), course.getVersion(), course.getStatus(), course.getTitle().in(locale),
                course.getCancellationReason(), CourseForm.of(course), modules, partners);
    }

    /** A blank form with sensible defaults: the caller as contact consultant, the next semester's dates. */
    public CourseForm newForm(String callerEmail) {
        var form = new CourseForm();
        LocalDate start = DanishTime.today().plusMonths(2).withDayOfMonth(1);
        form.setPeriodStart(start);
        form.setPeriodEnd(start.plusMonths(2));
        form.setRegistrationDeadline(start.minusWeeks(3));
        em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", callerEmail)
                .getResultStream().findFirst().ifPresent(me -> form.setConsultantId(me.getId()));
        return form;
    }

    public PlanningOptions options(Locale locale) {
        return new PlanningOptions(
                em.createQuery("SELECT t FROM Theme t WHERE t.active = TRUE ORDER BY t.name.da", Theme.class)
                        .getResultStream().map(t -> new Option(t.getCode(), t.getName().in(locale))).toList(),
                em.createQuery("SELECT m FROM Municipality m ORDER BY m.name", Municipality.class)
                        .getResultStream().map(m -> new Option(m.getCode(), m.getName())).toList(),
                people(Role.CONSULTANT),
                em.createQuery("SELECT r FROM Room r WHERE r.active = TRUE ORDER BY r.place, r.name", Room.class)
                        .getResultStream().map(r -> new Option(r.getId().toString(), r.getLabel())).toList(),
                people(Role.CONSULTANT, Role.PARTNER),
                em.createQuery("SELECT p FROM PartnerOrganisation p ORDER BY p.name", PartnerOrganisation.class)
                        .getResultStream().map(p -> new Option(p.getId().toString(), p.getName())).toList());
    }

    private List<Option> people(Role... roles) {
        return em.createQuery("""
                        SELECT DISTINCT a.id, a.displayName FROM Account a JOIN a.roles r
                        WHERE r IN :roles AND a.active = TRUE ORDER BY a.displayName""", Object[].class)
                .setParameter("roles", List.of(roles))
                .getResultStream().map(row -> new Option(row[0].toString(), (String) row[1])).toList();
    }

    // --- the course ------------------------------------------------------------------------

    public String create(CourseForm form) {
        requireFreeCode(form.getCode(), "code");
        Course course = new Course(terms(form, null));
        course.enrolmentRules(form.isMotivationRequired(), form.getWithdrawalDeadline());
        course.completionRule(form.getMinAttendancePercent());
        em.persist(course);
        return course.getCode();
    }

    /** A larger course or waiting list takes people from the line at once. */
    public void revise(String code, long version, CourseForm form) {
        Course course = lock(code, version);
        if (!code.equals(form.getCode())) {
            requireFreeCode(form.getCode(), "code");
        }
        course.revise(terms(form, course.getTheme()));
        course.enrolmentRules(form.isMotivationRequired(), form.getWithdrawalDeadline());
        course.completionRule(form.getMinAttendancePercent());
        revised.fire(new CourseRevised(course));
    }

    public void publish(String code, long version) {
        lock(code, version).publish(DanishTime.today());
    }

    /** Everyone enrolled or in line loses their place with the course. */
    public void cancel(String code, long version, String reason) {
        Course course = lock(code, version);
        course.cancel(reason);
        cancelled.fire(new CourseCancelled(course));
    }

    /** Closing a course completes everyone who meets its completion rule and opens its evaluation. */
    public void complete(String code, long version) {
        Course course = lock(code, version);
        course.complete(DanishTime.now());
        closed.fire(new CourseClosed(course));
    }

    /** Only a draft is deleted; it was never visible to anyone but the consultants. */
    public void delete(String code, long version) {
        Course course = lock(code, version);
        if (!course.isDeletable()) {
            throw new InvalidCourseException(null, "catalog.course.delete.not-draft");
        }
        em.remove(course);
    }

    public String copy(String code, String newCode, LocalDate newPeriodStart) {
        requireFreeCode(newCode, "copy-code");
        Course copy = get(code).copyTo(newCode, newPeriodStart);
        em.persist(copy);
        return copy.getCode();
    }

    // --- modules ---------------------------------------------------------------------------

    public void addModule(String code, long version, ModuleForm form) {
        lock(code, version).programme().addModule(required(form.getTitle(), "module-title"),
                form.getDescription().optional(),
                form.getObjectives().optional(),
                form.getPrompts().optional())
                .requireReflection(form.isReflectionRequired());
    }

    public void reviseModule(String code, long version, long moduleId, ModuleForm form) {
        CourseModule module = module(lock(code, version), moduleId);
        module.rewrite(required(form.getTitle(), "module-title"),
                form.getDescription().optional(),
                form.getObjectives().optional(),
                form.getPrompts().optional());
        module.requireReflection(form.isReflectionRequired());
    }

    public void moveModule(String code, long version, long moduleId, int direction) {
        Course course = lock(code, version);
        CourseModule module = module(course, moduleId);
        park(course);
        course.programme().moveModule(module, direction);
    }

    public void removeModule(String code, long version, long moduleId) {
        Course course = lock(code, version);
        CourseModule module = module(course, moduleId);
        park(course);
        course.programme().removeModule(module);
    }

    /** See {@link CourseProgramme#parkModules()}: the database checks unique positions row by row. */
    private void park(Course course) {
        course.programme().parkModules();
        em.flush();
    }

    // --- sessions --------------------------------------------------------------------------

    /**
     * Saves the session, or the same session every week for {@link SessionForm#getWeeks()} weeks,
     * unless one of the dates raises warnings the consultant has not yet {@code confirmed}: the clash
     * check runs for each date, and either every session is saved or none.
     */
    public void scheduleSession(String code, long version, long moduleId, SessionForm form, boolean confirmed) {
        if (form.getWeeks() < 1 || form.getWeeks() > SessionForm.WEEKS_MAX) {
            throw new InvalidCourseException("weeks", "catalog.programme.weeks.range", SessionForm.WEEKS_MAX);
        }
        Course course = lock(code, version);
        CourseModule module = module(course, moduleId);
        SessionPlan first = plan(form, null);
        List<SessionPlan> plans = IntStream.range(0, form.getWeeks()).mapToObj(week -> first.shiftedBy(7L * week)).toList();
        warnUnlessConfirmed(plans.stream().flatMap(plan -> conflicts.find(course, plan, null).stream()).toList(), confirmed);
        plans.forEach(plan -> course.programme().schedule(module, plan));
    }

    public void rescheduleSession(String code, long version, long sessionId, SessionForm form, boolean confirmed) {
        Course course = lock(code, version);
        CourseSession session = session(course, sessionId);
        SessionPlan plan = plan(form, session.getRoom());
        warnUnlessConfirmed(conflicts.find(course, plan, sessionId), confirmed);
        course.programme().reschedule(session, plan);
        if (course.getStatus() == CourseStatus.PUBLISHED) {
            moved.fire(new SessionMoved(course, session));
        }
    }

    public void removeSession(String code, long version, long sessionId) {
        Course course = lock(code, version);
        course.programme().removeSession(session(course, sessionId));
    }

    private static void warnUnlessConfirmed(List<Detail> warnings, boolean confirmed) {
        if (!confirmed && !warnings.isEmpty()) {
            throw new SchedulingWarningsException(warnings);
        }
    }

    // --- partners --------------------------------------------------------------------------

    public void link(String code, long version, long partnerId, PartnerRole role, Long moduleId,
                     String contributionDa, String contributionEn) {
        Course course = lock(code, version);
        PartnerOrganisation partner = find(PartnerOrganisation.class, partnerId, "partner");
        course.link(partner, role, moduleId == null ? null : module(course, moduleId),
                LocalizedText.optional(contributionDa, contributionEn));
    }

    public void unlink(String code, long version, long linkId) {
        Course course = lock(code, version);
        course.unlink(course.getPartners().stream().filter(link -> link.getId() == linkId).findFirst()
                .orElseThrow(() -> new PlanningNotFoundException("partner", linkId)));
    }

    // --- resolving what a form refers to ---------------------------------------------------

    private Course get(String code) {
        return em.createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new CourseNotFoundException(code));
    }

    /**
     * The course locked (the same lock every seat decision takes, so a change of capacity and an
     * enrolment never interleave), the version check against what the consultant saw, and a forced increment so that
     * every change, also to modules and sessions, makes older pages stale.
     */
    private Course lock(String code, long version) {
        Course course = courseLock.lock(code);
        if (course.getVersion() != version) {
            throw new CourseChangedException(code);
        }
        em.lock(course, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return course;
    }

    private void requireFreeCode(String code, String field) {
        if (!em.createQuery("SELECT c.id FROM Course c WHERE c.code = :code").setParameter("code", code)
                .getResultList().isEmpty()) {
            throw new CourseCodeTakenException(code, field);
        }
    }

    private CourseTerms terms(CourseForm form, Theme currentTheme) {
        Theme theme = em.createQuery("SELECT t FROM Theme t WHERE t.code = :code", Theme.class)
                .setParameter("code", form.getThemeCode())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidCourseException("theme", "catalog.course.theme.unknown"));
        if (!theme.isActive() && theme != currentTheme) {
            throw new InvalidCourseException("theme", "catalog.course.theme.retired", theme.getName().da());
        }
        Municipality municipality = form.getMunicipalityCode() == null ? null
                : em.createQuery("SELECT m FROM Municipality m WHERE m.code = :code", Municipality.class)
                .setParameter("code", form.getMunicipalityCode())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidCourseException("municipality", "catalog.course.municipality.unknown"));
        Account consultant = form.getConsultantId() == null ? null : em.find(Account.class, form.getConsultantId());
        if (consultant == null || !consultant.getRoles().contains(Role.CONSULTANT)) {
            throw new InvalidCourseException("consultant", "catalog.course.consultant.unknown");
        }
        return new CourseTerms(form.getCode(), required(form.getTitle(), "title-da"),
                required(form.getDescription(), "description-da"), theme,
                Set.copyOf(form.getTargetGroups()), form.getEcts(), form.getPrice(), form.getPayer(), form.getPlace(),
                municipality, form.getRegistrationDeadline(), form.getPeriodStart(), form.getPeriodEnd(),
                form.getMinParticipants(), form.getMaxParticipants(), form.isLeaderApprovalRequired(),
                form.getWaitingListPolicy(), form.getOfferHours(), form.getWaitingListCapacity(), consultant);
    }

    /** A retired room may stay on a session that already had it, but is not booked anew. */
    private SessionPlan plan(SessionForm form, Room currentRoom) {
        Room room = find(Room.class, form.getRoomId(), "room");
        if (!room.isActive() && room != currentRoom) {
            throw new InvalidCourseException("room", "catalog.session.room.retired", room.getLabel());
        }
        Set<Account> facilitators = new HashSet<>();
        for (Long id : form.getFacilitatorIds()) {
            Account person = find(Account.class, id, "facilitator");
            if (!SchedulingConflicts.canFacilitate(person)) {
                throw new InvalidCourseException("facilitators", "catalog.session.facilitator.not-allowed",
                        person.getDisplayName());
            }
            facilitators.add(person);
        }
        PartnerOrganisation host = form.getHostId() == null ? null
                : find(PartnerOrganisation.class, form.getHostId(), "partner");
        return new SessionPlan(form.getDay().atTime(form.getStarts()), form.getDay().atTime(form.getEnds()), room,
                facilitators, host);
    }

    private <T> T find(Class<T> type, Long id, String what) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new PlanningNotFoundException(what, id);
        }
        return found;
    }

    private static CourseModule module(Course course, long moduleId) {
        return course.getModules().stream().filter(module -> module.getId() == moduleId).findFirst()
                .orElseThrow(() -> new PlanningNotFoundException("module", moduleId));
    }

    private static CourseSession session(Course course, long sessionId) {
        return course.getModules().stream().flatMap(module -> module.getSessions().stream())
                .filter(session -> session.getId() == sessionId).findFirst()
                .orElseThrow(() -> new PlanningNotFoundException("session", sessionId));
    }

    private static SessionRow sessionRow(CourseSession session) {
        return new SessionRow(session.getId(), session.getStartsAt(), session.getEndsAt(), session.getRoom().getLabel(),
                session.getFacilitators().stream().map(Account::getDisplayName).sorted().toList(),
                session.getHostPartner() == null ? null : session.getHostPartner().getName(), SessionForm.of(session));
    }

    private static LocalizedText required(BilingualText text, String field) {
        LocalizedText typed = text.optional();
        if (typed == null) {
            throw new InvalidCourseException(field, "catalog.text.danish-required");
        }
        return typed;
    }
}
