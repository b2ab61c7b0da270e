package dk.samspil.development.boundary;

import java.io.Serializable;

import dk.samspil.development.entity.CompetenceBasis;

import java.util.List;
import java.util.Map;

/** What the coverage pages show; plain rows, no entities. */
public final class CoverageRows {

    private CoverageRows() {
    }

    public record Option(long id, String label) implements Serializable {
    }

    /**
     * A school's coverage in one school year, with everything it is computed from; {@code evidence}
     * lists the staff's completed Samspil courses (enrolment id, "name: course"); {@code leadsMunicipality}
     * when the caller also leads their municipality's administration.
     */
    public record SchoolCoverage(long institutionId, String institution, int schoolYear, boolean leadsMunicipality,
                                 List<Option> schools,
                                 List<Option> subjects, List<Option> staff, List<Option> evidence,
                                 Map<Integer, Integer> classes,
                                 List<PlannedRow> planned, List<AssignmentRow> assignments,
                                 List<CompetenceRow> competences, Result result) implements Serializable {
    }

    /** {@code share} is 0–1; the target is 95 %. */
    public record Result(long planned, long covered, double share, boolean meetsTarget, List<SubjectRow> subjects,
                         List<GapRow> gaps) implements Serializable {
    }

    public record PlannedRow(long subjectId, String subject, int grade, int lessonsPerClass, long planned) implements Serializable {
    }

    public record AssignmentRow(long id, String teacher, String subject, int grade, int lessons, boolean competent) implements Serializable {
    }

    public record CompetenceRow(long id, String teacher, String subject, CompetenceBasis basis, String note,
                                String evidence) implements Serializable {
    }

    public record SubjectRow(String subject, long planned, long covered, double share, boolean meetsTarget) implements Serializable {
    }

    /** Lessons uncovered in a subject and grade, and published courses with seats whose theme addresses the subject. */
    public record GapRow(String subject, int grade, long uncovered, List<CourseLink> courses) implements Serializable {
    }

    public record CourseLink(String code, String title) implements Serializable {
    }

    /** A municipality's schools, each with its coverage, and the municipality's total. */
    public record MunicipalityCoverage(String municipality, int schoolYear, List<SchoolRow> schools, Result total) {
    }

    public record SchoolRow(String school, long planned, long covered, double share, boolean meetsTarget) {
    }
}
