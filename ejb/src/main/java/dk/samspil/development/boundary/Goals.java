package dk.samspil.development.boundary;

import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.Theme;
import dk.samspil.development.entity.DevelopmentGoal;
import dk.samspil.development.entity.GoalComment;
import dk.samspil.development.entity.GoalRefusedException;
import dk.samspil.development.entity.GoalStatus;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.people.control.AccessLog;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.AccessKind;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Development goals between leaders and their staff, and one person's development history. A
 * leader acts only on the staff of the institutions they lead; an employee sees and comments on
 * their own goals only. Anything else is "not found" and logged.
 */
@Stateless
@RolesAllowed({Role.LEADER_NAME, Role.PARTICIPANT_NAME})
public class Goals {

    private static final System.Logger LOG = System.getLogger(Goals.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Callers callers;

    @Inject
    AccessLog accessLog;

    /** A staff member's development: courses, ECTS this year and in all, and goals. */
    @RolesAllowed(Role.LEADER_NAME)
    public PersonDevelopment findPerson(long employeeId, Locale locale) {
        Account person = myStaff(employeeId);
        accessLog.read(callers.me(), person, AccessKind.STAFF_RECORD,
                person.getInstitution().getName());
        List<Enrolment> enrolments = em.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.course c WHERE e.participant = :person
                        ORDER BY c.period.firstSessionAt DESC""", Enrolment.class)
                .setParameter("person", person)
                .getResultList();
        int year = DanishTime.today().getYear();
        int total = 0;
        int thisYear = 0;
        for (Enrolment e : enrolments) {
            if (e.getStatus() == EnrolmentStatus.COMPLETED) {
                total += e.getCourse().getEcts();
                LocalDate end = e.getCourse().getPeriodEnd();
                thisYear += end != null && end.getYear() == year ? e.getCourse().getEcts() : 0;
            }
        }
        List<HistoryRow> history = enrolments.stream()
                .map(e -> new HistoryRow(e.getCourse().getCode(), e.getCourse().getTitle().in(locale), e.getStatus(),
                        e.getCourse().getPeriodStart(), e.getCourse().getPeriodEnd(), e.getCourse().getEcts()))
                .toList();
        List<Option> themes = em.createQuery("SELECT t FROM Theme t WHERE t.active = TRUE ORDER BY t.name.da", Theme.class)
                .getResultStream().map(t -> new Option(t.getId(), t.getName().in(locale))).toList();
        return new PersonDevelopment(person.getId(), person.getDisplayName(), person.getEmail(),
                person.getInstitution().getName(), person.getJobFunction(), thisYear, total, history,
                goalsOf(person, locale), themes);
    }

    /** The caller's own goals, with courses that could serve the open ones. */
    @RolesAllowed(Role.PARTICIPANT_NAME)
    public List<GoalRow> findMine(Locale locale) {
        return goalsOf(callers.me(), locale);
    }

    @RolesAllowed(Role.LEADER_NAME)
    public long agree(long employeeId, String text, Long themeId, LocalDate dueDate) {
        Account person = myStaff(employeeId);
        DevelopmentGoal goal = new DevelopmentGoal(person, callers.me(), text, theme(themeId), dueDate, DanishTime.now());
        em.persist(goal);
        em.flush();
        return goal.getId();
    }

    @RolesAllowed(Role.LEADER_NAME)
    public void setStatus(long goalId, GoalStatus status) {
        ledGoal(goalId).markAs(status);
    }

    /** Links a published course to the goal, e.g. one the employee is taking for it. */
    @RolesAllowed(Role.LEADER_NAME)
    public void linkCourse(long goalId, String courseCode) {
        DevelopmentGoal goal = ledGoal(goalId);
        if (courseCode == null || courseCode.isBlank()) {
            throw new GoalRefusedException("course", "development.goal.course-required");
        }
        Course course = em.createQuery("SELECT c FROM Course c WHERE c.code = :code AND c.status <> :draft", Course.class)
                .setParameter("code", courseCode == null ? "" : courseCode.strip())
                .setParameter("draft", CourseStatus.DRAFT)
                .getResultStream().findFirst()
                .orElseThrow(() -> new GoalRefusedException("course", "development.goal.course-unknown", courseCode));
        goal.link(course);
    }

    /** A comment by the employee on their own goal, or by one of their leaders. */
    public void comment(long goalId, String text) {
        Account me = callers.me();
        DevelopmentGoal goal = em.find(DevelopmentGoal.class, goalId);
        boolean mine = goal != null && Objects.equals(goal.getEmployee().getId(), me.getId());
        if (!mine && (goal == null || !context.isCallerInRole(Role.LEADER_NAME) || !leads(goal.getEmployee()))) {
            throw notFound(goalId);
        }
        em.persist(new GoalComment(goal, me, text, DanishTime.now()));
    }

    private List<GoalRow> goalsOf(Account person, Locale locale) {
        List<DevelopmentGoal> goals = em.createQuery("""
                        SELECT g FROM DevelopmentGoal g LEFT JOIN FETCH g.theme JOIN FETCH g.agreedBy
                        WHERE g.employee = :person ORDER BY g.dueDate, g.id""", DevelopmentGoal.class)
                .setParameter("person", person)
                .setHint("eclipselink.batch", "g.courses")
                .setHint("eclipselink.batch.type", "IN")
                .getResultStream()
                .sorted(Comparator.comparing((DevelopmentGoal g) -> g.getStatus() != GoalStatus.OPEN))
                .toList();
        if (goals.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CommentRow>> comments = new HashMap<>();
        em.createQuery("""
                        SELECT c.goal.id, c.author.displayName, c.body, c.createdAt FROM GoalComment c
                        WHERE c.goal IN :goals ORDER BY c.createdAt""", Object[].class)
                .setParameter("goals", goals)
                .getResultStream()
                .forEach(r -> comments.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new CommentRow((String) r[1], (String) r[2], (LocalDateTime) r[3])));
        Set<Theme> themes = goals.stream().filter(g -> g.getStatus() == GoalStatus.OPEN && g.getTheme() != null)
                .map(DevelopmentGoal::getTheme).collect(Collectors.toSet());
        Map<Long, List<CourseLink>> suggestions = suggestions(themes, person, locale);
        LocalDate today = DanishTime.today();
        return goals.stream().map(g -> new GoalRow(g.getId(), g.getText(),
                        g.getTheme() == null ? null : g.getTheme().getName().in(locale),
                        g.getTheme() == null ? null : g.getTheme().getId(), g.getDueDate(), g.getStatus(),
                        g.isOverdue(today), g.getAgreedBy().getDisplayName(),
                        g.getCourses().stream().sorted(Comparator.comparing(Course::getCode))
                                .map(c -> new CourseLink(c.getCode(), c.getTitle().in(locale))).toList(),
                        comments.getOrDefault(g.getId(), List.of()),
                        g.getStatus() == GoalStatus.OPEN && g.getTheme() != null
                                ? suggestions.getOrDefault(g.getTheme().getId(), List.of()) : List.of()))
                .toList();
    }

    /** Published courses open for enrolment with a free seat on these themes, that the person is not on. */
    private Map<Long, List<CourseLink>> suggestions(Set<Theme> themes, Account person, Locale locale) {
        if (themes.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CourseLink>> byTheme = new HashMap<>();
        em.createQuery("""
                        SELECT c FROM Course c WHERE c.theme IN :themes AND c.status = :published
                        AND c.enrolmentTerms.registrationDeadline >= :today
                        AND c.enrolmentTerms.maxParticipants > (SELECT COUNT(e) FROM Enrolment e WHERE e.course = c AND e.status IN :seated)
                        AND NOT EXISTS (SELECT m FROM Enrolment m WHERE m.course = c AND m.participant = :person
                                        AND m.status IN :active)
                        ORDER BY c.period.firstSessionAt""", Course.class)
                .setParameter("themes", themes)
                .setParameter("published", CourseStatus.PUBLISHED)
                .setParameter("today", DanishTime.today())
                .setParameter("seated", EnrolmentStatus.SEAT_HOLDING)
                .setParameter("person", person)
                .setParameter("active", EnrolmentStatus.ACTIVE)
                .getResultStream()
                .forEach(c -> byTheme.computeIfAbsent(c.getTheme().getId(), k -> new ArrayList<>())
                        .add(new CourseLink(c.getCode(), LocalizedText.in(c.getTitle(), locale))));
        return byTheme;
    }

    private Theme theme(Long themeId) {
        if (themeId == null) {
            return null;
        }
        Theme theme = em.find(Theme.class, themeId);
        if (theme == null) {
            throw new GoalRefusedException("goal-theme", "development.goal.theme-unknown");
        }
        return theme;
    }

    private DevelopmentGoal ledGoal(long goalId) {
        DevelopmentGoal goal = em.find(DevelopmentGoal.class, goalId);
        if (goal == null || !leads(goal.getEmployee())) {
            throw notFound(goalId);
        }
        return goal;
    }

    private Account myStaff(long employeeId) {
        Account person = em.find(Account.class, employeeId);
        if (person == null || !leads(person)) {
            throw notFound("account " + employeeId);
        }
        return person;
    }

    private boolean leads(Account person) {
        return person.getInstitution() != null && !Objects.equals(person.getEmail(), callers.myEmail())
                && em.createQuery("""
                        SELECT COUNT(i) FROM Account l JOIN l.ledInstitutions i WHERE l.email = :me AND i = :institution""",
                        Long.class)
                .setParameter("me", callers.myEmail())
                .setParameter("institution", person.getInstitution())
                .getSingleResult() > 0;
    }

    private GoalNotFoundException notFound(Object what) {
        LOG.log(System.Logger.Level.WARNING, "{0} asked for the goals or development of {1}, which are not theirs",
                callers.myEmail(), what);
        return new GoalNotFoundException();
    }
}
