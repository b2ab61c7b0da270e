package dk.samspil.development.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Competence coverage (kompetencedækning): the share of a school's planned lessons that are taught
 * by a teacher with teaching competence in the subject, from training or equivalent competence.
 * Per subject and grade, the planned lessons are the regular classes × the guideline lessons per
 * class; the covered lessons are the lessons competent teachers teach there, never more than
 * planned (a competent teacher with extra lessons does not cover another grade's gap). Everything
 * planned and not covered is a gap, whether it is taught by someone without the competence or not
 * assigned at all. The national target is 95 %.
 */
public record Coverage(long planned, long covered, List<SubjectCoverage> subjects, List<Gap> gaps) {

    public static final double TARGET = 0.95;

    /** One subject and grade: lessons planned, and lessons taught by competent teachers. */
    public record Cell(long subjectId, int grade, long planned, long competentlyTaught) {

        long covered() {
            return Math.min(planned, competentlyTaught);
        }
    }

    public record SubjectCoverage(long subjectId, long planned, long covered) {

        public double share() {
            return planned == 0 ? 1 : (double) covered / planned;
        }

        public boolean meetsTarget() {
            return share() >= TARGET;
        }
    }

    /** Lessons of a subject and grade that no competent teacher covers. */
    public record Gap(long subjectId, int grade, long uncovered) {
    }

    public static Coverage of(List<Cell> cells) {
        Map<Long, long[]> bySubject = new LinkedHashMap<>();
        List<Gap> gaps = new ArrayList<>();
        long planned = 0;
        long covered = 0;
        for (Cell cell : cells) {
            long[] subject = bySubject.computeIfAbsent(cell.subjectId(), id -> new long[2]);
            subject[0] += cell.planned();
            subject[1] += cell.covered();
            planned += cell.planned();
            covered += cell.covered();
            if (cell.planned() > cell.covered()) {
                gaps.add(new Gap(cell.subjectId(), cell.grade(), cell.planned() - cell.covered()));
            }
        }
        gaps.sort(Comparator.comparingLong(Gap::uncovered).reversed()
                .thenComparingLong(Gap::subjectId).thenComparingInt(Gap::grade));
        List<SubjectCoverage> subjects = bySubject.entrySet().stream()
                .map(e -> new SubjectCoverage(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingDouble(SubjectCoverage::share).thenComparingLong(SubjectCoverage::subjectId))
                .toList();
        return new Coverage(planned, covered, subjects, List.copyOf(gaps));
    }

    /** The school's (or municipality's) share; a school that plans nothing is not below target. */
    public double share() {
        return planned == 0 ? 1 : (double) covered / planned;
    }

    public boolean meetsTarget() {
        return share() >= TARGET;
    }
}
