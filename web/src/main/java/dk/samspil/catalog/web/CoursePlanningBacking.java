package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.CatalogPage;
import dk.samspil.catalog.boundary.CoursePlanning;
import dk.samspil.catalog.boundary.PlanningQuery;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.Semester;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * consultant/course-planning.xhtml?q=&status=&semester=&page=: the consultant's course list. The
 * filters live in the address, so a search can be bookmarked and paged; by default the courses still
 * being planned or run. An unknown status or semester in the address means "any".
 */
@Named
@RequestScoped
public class CoursePlanningBacking {

    /** The status filter's choices besides one status: the open courses (the default) and all of them. */
    static final String OPEN = "open";
    static final String ALL = "all";

    @Inject
    CoursePlanning planning;

    @Inject
    LanguageBacking language;

    private String q;
    private String status = OPEN;
    private String semester;
    private int page;
    private CatalogPage result;
    private List<Semester> semesters;

    public void load() {
        result = planning.search(new PlanningQuery(q, statuses(), Semester.parse(semester).orElse(null), page),
                language.getLocale());
    }

    private Set<CourseStatus> statuses() {
        if (ALL.equals(status)) {
            return EnumSet.allOf(CourseStatus.class);
        }
        for (CourseStatus one : CourseStatus.values()) {
            if (one.name().equals(status)) {
                return EnumSet.of(one);
            }
        }
        status = OPEN;
        return PlanningQuery.OPEN;
    }

    public CatalogPage getResult() {
        return result;
    }

    public List<CourseStatus> getStatuses() {
        return List.of(CourseStatus.values());
    }

    /** Read once a request: the page asks for them more than once. */
    public List<Semester> getSemesters() {
        if (semesters == null) {
            semesters = planning.semesters();
        }
        return semesters;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? OPEN : status;
    }

    public String getSemester() {
        return semester;
    }

    public void setSemester(String semester) {
        this.semester = semester;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
