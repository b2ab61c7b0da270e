package dk.samspil.development.boundary;

import dk.samspil.development.entity.GoalStatus;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.people.control.AccessLog;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.AccessKind;
import dk.samspil.people.entity.JobFunction;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LocalizedText;
import dk.samspil.shared.NativeRows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A leader's staff: only the active staff of the institutions the calling leader leads (not the
 * leader themselves: nobody manages their own development here), filtered,
 * searched, sorted and paginated in the database. A page with its charts costs seven statements
 * whatever the number of staff, enrolments or goals, each figure aggregated in SQL.
 */
@Stateless
@RolesAllowed(Role.LEADER_NAME)
public class StaffOverview {

    static final int PAGE_SIZE = 50;
    private static final System.Logger LOG = System.getLogger(StaffOverview.class.getName());
    /** Still to be decided for the person: a leader's approval, a place in line or an offered seat. */
    private static final Set<EnrolmentStatus> WAITING = Set.of(EnrolmentStatus.REQUESTED,
            EnrolmentStatus.AWAITING_APPROVAL, EnrolmentStatus.WAITLISTED, EnrolmentStatus.OFFERED);
    private static final Map<String, String> ORDER = Map.of(
            "name", "a.displayName, a.id",
            "institution", "i.name, a.displayName, a.id",
            "job", "a.jobFunction, a.displayName, a.id");

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AccessLog accessLog;

    /**
     * A page of the table with its charts: seven statements in all (institutions, count, page,
     * enrolment and goal figures of the page's people, and the two charts).
     */
    public StaffPage findMyStaff(StaffQuery query, Locale locale) {
        List<Option> institutions = myInstitutions();
        requireLed(query, institutions);
        long total = filtered("SELECT COUNT(a)", query, institutions, Long.class).getSingleResult();
        int page = (int) Math.min(query.page(), Math.max(0, (total - 1) / PAGE_SIZE));
        List<Object[]> staff = filtered("SELECT a.id, a.displayName, a.email, i.name, a.jobFunction", query,
                institutions, Object[].class)
                .setFirstResult(page * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultList();
        return new StaffPage(withFigures(staff), total, page, PAGE_SIZE, institutions,
                charts(scope(query, institutions), locale));
    }

    /** Every matching staff member, for the CSV and XLSX exports; each one's access log names the export. */
    public List<StaffRow> exportMyStaff(StaffQuery query) {
        List<Option> institutions = myInstitutions();
        requireLed(query, institutions);
        List<StaffRow> rows = withFigures(filtered("SELECT a.id, a.displayName, a.email, i.name, a.jobFunction", query,
                institutions, Object[].class).getResultList());
        accessLog.exported(callers.me(), rows.stream().map(StaffRow::id).toList(),
                AccessKind.STAFF_EXPORT, institutions.stream().filter(i -> query.institutionId() == null
                        || i.id() == query.institutionId()).map(Option::label).collect(Collectors.joining(", ")));
        return rows;
    }

    /** Asking for an institution the caller does not lead is "not found", and written to the log. */
    private void requireLed(StaffQuery query, List<Option> institutions) {
        if (query.institutionId() != null && institutions.stream().noneMatch(i -> i.id() == query.institutionId())) {
            LOG.log(System.Logger.Level.WARNING, "Leader {0} asked for the staff of institution {1}, which they do not lead",
                    callers.myEmail(), query.institutionId());
            throw new CoverageNotFoundException();
        }
    }

    private static List<Long> scope(StaffQuery query, List<Option> institutions) {
        return institutions.stream().map(Option::id)
                .filter(id -> query.institutionId() == null || id.equals(query.institutionId()))
                .toList();
    }

    private StaffCharts charts(List<Long> scope, Locale locale) {
        int year = DanishTime.today().getYear();
        if (scope.isEmpty()) {
            return new StaffCharts(year, List.of(), List.of());
        }
        List<ThemeCompletions> completions = NativeRows.of(em, "SELECT t.name_da, t.name_en, SUM(YEAR(c.period_end) = ?), "
                        + "SUM(YEAR(c.period_end) = ?) FROM enrolment e JOIN account a ON a.id = e.account_id "
                        + "JOIN course c ON c.id = e.course_id JOIN theme t ON t.id = c.theme_id "
                        + "WHERE a.institution_id IN " + NativeRows.in(scope) + " AND a.active = TRUE AND a.email <> ? "
                        + "AND e.status = ? AND c.period_end >= ? "
                        + "GROUP BY t.id, t.name_da, t.name_en ORDER BY t.name_da",
                year, year - 1, scope, callers.myEmail(), EnrolmentStatus.COMPLETED, LocalDate.of(year - 1, 1, 1))
                .stream().map(r -> new ThemeCompletions(LocalizedText.pick((String) r[0], (String) r[1], locale),
                        ((Number) r[2]).longValue(), ((Number) r[3]).longValue()))
                .toList();
        List<InstitutionShare> participation = NativeRows.of(em, "SELECT i.name, COUNT(DISTINCT a.id), "
                        + "COUNT(DISTINCT CASE WHEN c.id IS NOT NULL THEN a.id END) "
                        + "FROM account a JOIN institution i ON i.id = a.institution_id "
                        + "LEFT JOIN enrolment e ON e.account_id = a.id "
                        + "AND e.status IN " + NativeRows.in(EnrolmentStatus.SEATED) + " "
                        + "LEFT JOIN course c ON c.id = e.course_id AND c.period_start <= ? AND c.period_end >= ? "
                        + "WHERE a.active = TRUE AND a.email <> ? AND i.id IN " + NativeRows.in(scope) + " "
                        + "GROUP BY i.id, i.name ORDER BY i.name",
                EnrolmentStatus.SEATED, LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1), callers.myEmail(), scope)
                .stream().map(r -> new InstitutionShare((String) r[0], ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue()))
                .toList();
        return new StaffCharts(year, completions, participation);
    }

    private <T> TypedQuery<T> filtered(String select, StaffQuery query, List<Option> institutions, Class<T> type) {
        List<Long> scope = scope(query, institutions);
        String jpql = select + """
                 FROM Account a JOIN a.institution i
                WHERE a.active = TRUE AND i.id IN :scope AND a.email <> :leader
                AND (:job IS NULL OR a.jobFunction = :job)
                AND (:theme IS NULL OR EXISTS (SELECT e FROM Enrolment e WHERE e.participant = a
                     AND e.course.theme.code = :theme AND e.status IN :taken))
                AND (:search IS NULL OR LOWER(a.displayName) LIKE :search ESCAPE '!'
                     OR LOWER(a.email) LIKE :search ESCAPE '!')""";
        if (type != Long.class) {
            jpql += " ORDER BY " + ORDER.getOrDefault(query.sort(), ORDER.get("name"));
        }
        return em.createQuery(jpql, type)
                .setParameter("scope", scope.isEmpty() ? List.of(-1L) : scope)
                .setParameter("leader", callers.myEmail())
                .setParameter("job", query.jobFunction())
                .setParameter("theme", query.themeCode())
                .setParameter("taken", EnrolmentStatus.SEATED)
                .setParameter("search", query.search() == null ? null
                        : "%" + query.search().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%");
    }

    /** The institutions the caller leads, by name. */
    public List<Option> findMyInstitutions() {
        return myInstitutions();
    }

    private List<Option> myInstitutions() {
        return em.createQuery("""
                        SELECT i.id, i.name FROM Account l JOIN l.ledInstitutions i
                        WHERE l.email = :leader ORDER BY i.name""", Object[].class)
                .setParameter("leader", callers.myEmail())
                .getResultStream().map(r -> new Option((Long) r[0], (String) r[1])).toList();
    }

    private List<StaffRow> withFigures(List<Object[]> staff) {
        List<Long> ids = staff.stream().map(row -> (Long) row[0]).toList();
        Map<Long, LocalDateTime> lastActivity = new HashMap<>();
        Map<Long, long[]> enrolments = enrolmentFigures(ids, lastActivity);
        Map<Long, long[]> goals = goalFigures(ids);
        return staff.stream().map(row -> {
            long id = (Long) row[0];
            long[] e = enrolments.getOrDefault(id, new long[5]);
            long[] g = goals.getOrDefault(id, new long[2]);
            return new StaffRow(id, (String) row[1], (String) row[2], (String) row[3], (JobFunction) row[4],
                    e[0], e[4], e[1], e[2], e[3], g[0], g[1], lastActivity.get(id));
        }).toList();
    }

    /**
     * Per person: {courses in progress (a seat on a course that has not ended), completed courses, ECTS
     * completed this year, ECTS completed in all, enrolments waiting (for approval, in line or offered)
     * on courses that have not ended}, and into {@code lastActivity} when an enrolment of theirs last changed.
     */
    private Map<Long, long[]> enrolmentFigures(List<Long> ids, Map<Long, LocalDateTime> lastActivity) {
        Map<Long, long[]> figures = new HashMap<>();
        if (ids.isEmpty()) {
            return figures;
        }
        LocalDate yearStart = DanishTime.today().withDayOfYear(1);
        em.createQuery("""
                        SELECT e.participant.id, e.status, COUNT(e), SUM(c.ects),
                               SUM(CASE WHEN c.period.endsOn >= :yearStart THEN c.ects ELSE 0 END), MAX(e.updatedAt),
                               SUM(CASE WHEN c.period.endsOn >= :today THEN 1 ELSE 0 END)
                        FROM Enrolment e JOIN e.course c
                        WHERE e.participant.id IN :ids GROUP BY e.participant.id, e.status""", Object[].class)
                .setParameter("ids", ids)
                .setParameter("yearStart", yearStart)
                .setParameter("today", DanishTime.today())
                .getResultStream()
                .forEach(row -> {
                    long id = (Long) row[0];
                    long[] f = figures.computeIfAbsent(id, k -> new long[5]);
                    EnrolmentStatus status = (EnrolmentStatus) row[1];
                    long notEnded = ((Number) row[6]).longValue();
                    if (status == EnrolmentStatus.CONFIRMED) {
                        f[0] += notEnded;
                    } else if (WAITING.contains(status)) {
                        f[4] += notEnded;
                    } else if (status == EnrolmentStatus.COMPLETED) {
                        f[1] += (Long) row[2];
                        f[3] += ((Number) row[3]).longValue();
                        f[2] += ((Number) row[4]).longValue();
                    }
                    lastActivity.merge(id, (LocalDateTime) row[5], (a, b) -> a.isAfter(b) ? a : b);
                });
        return figures;
    }

    /** Per person: {open goals, overdue open goals}. */
    private Map<Long, long[]> goalFigures(List<Long> ids) {
        Map<Long, long[]> figures = new HashMap<>();
        if (ids.isEmpty()) {
            return figures;
        }
        em.createQuery("""
                        SELECT g.employee.id, COUNT(g), SUM(CASE WHEN g.dueDate < :today THEN 1 ELSE 0 END)
                        FROM DevelopmentGoal g WHERE g.employee.id IN :ids AND g.status = :open
                        GROUP BY g.employee.id""", Object[].class)
                .setParameter("ids", ids)
                .setParameter("today", DanishTime.today())
                .setParameter("open", GoalStatus.OPEN)
                .getResultStream()
                .forEach(row -> figures.put((Long) row[0],
                        new long[] {(Long) row[1], ((Number) row[2]).longValue()}));
        return figures;
    }
}
