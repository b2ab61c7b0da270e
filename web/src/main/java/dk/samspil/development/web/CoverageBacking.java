package dk.samspil.development.web;

import dk.samspil.development.boundary.CompetenceCoverage;
import dk.samspil.development.boundary.CoverageNotFoundException;
import dk.samspil.development.boundary.SchoolCoverage;
import dk.samspil.development.entity.CompetenceBasis;
import dk.samspil.development.entity.CoveragePlan;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * leader/coverage.xhtml?school=&year=: a school's competence coverage with its gaps and the courses
 * that address them; and its edit pages, each with the forms for one of what the coverage is computed
 * from: coverage-plan (classes and planned lessons), coverage-teaching (who teaches what),
 * coverage-competences (the teachers' competences).
 */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompetenceCoverage coverage;

    @Inject
    LanguageBacking language;

    private Long school;
    private Integer year;
    private SchoolCoverage view;
    private final Map<Integer, Integer> classes = new TreeMap<>();
    private Long subjectId;
    private Integer grade;
    private Integer lessons;
    private Long teacherId;
    private CompetenceBasis basis = CompetenceBasis.EQUIVALENT;
    private String note;
    private Long evidenceId;

    public void load() {
        try {
            view = coverage.findForSchool(school, getYear(), language.getLocale());
            school = view.institutionId();
            classes.clear();
            classes.putAll(view.classes());
        } catch (CoverageNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public void saveClasses() {
        coverage.saveClasses(school, getYear(), classes);
        saved();
    }

    public void planLessons() {
        coverage.planLessons(school, getYear(), subjectId, grade, lessons);
        saved();
    }

    public void unplan(long subject, int gradeOf) {
        coverage.planLessons(school, getYear(), subject, gradeOf, 0);
        saved();
    }

    public void assign() {
        coverage.assign(school, getYear(), teacherId, subjectId, grade, lessons);
        saved();
    }

    public void unassign(long assignmentId) {
        coverage.unassign(school, assignmentId);
        saved();
    }

    public void recognise() {
        coverage.recognise(school, teacherId, subjectId, basis, note, evidenceId);
        note = null;
        evidenceId = null;
        saved();
    }

    public void withdrawCompetence(long competenceId) {
        coverage.withdrawCompetence(school, competenceId);
        saved();
    }

    private void saved() {
        lessons = null;
        Messages.addGlobalInfo("development.coverage.saved");
        load();
    }

    public List<Integer> getGrades() {
        return List.copyOf(classes.keySet());
    }

    /** All the school's ordinary classes across grades, for the summary's link to the plan. */
    public int getClassCount() {
        return classes.values().stream().mapToInt(Integer::intValue).sum();
    }

    public List<CompetenceBasis> getBases() {
        return List.of(CompetenceBasis.values());
    }

    public Long getSchool() {
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
    }

    public Integer getYear() {
        return year == null ? CoveragePlan.schoolYearOf(DanishTime.today()) : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public SchoolCoverage getView() {
        return view;
    }

    public Map<Integer, Integer> getClasses() {
        return classes;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    public Integer getLessons() {
        return lessons;
    }

    public void setLessons(Integer lessons) {
        this.lessons = lessons;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    public CompetenceBasis getBasis() {
        return basis;
    }

    public void setBasis(CompetenceBasis basis) {
        this.basis = basis;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    public void setEvidenceId(Long evidenceId) {
        this.evidenceId = evidenceId;
    }
}
