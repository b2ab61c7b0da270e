package dk.samspil.development.entity;

import java.time.LocalDate;
import java.time.Month;

/**
 * The limits of a school's coverage plan, checked before anything is stored (the database checks
 * the same): grades 0–10, at most 20 regular classes in a grade, 1–600 guideline lessons per class
 * in a subject and grade, 1–1,200 lessons for one teacher in one subject and grade, school years
 * 2000–2100. School years start on 1 August and are named by the year they start in: 2026 is 2026/27.
 */
public final class CoveragePlan {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_GRADE = 10;
    public static final int MAX_CLASSES = 20;
    public static final int MAX_LESSONS_PER_CLASS = 600;
    public static final int MAX_TEACHER_LESSONS = 1200;
    public static final int NOTE_MAX = 500;

    private CoveragePlan() {
    }

    /** The school year under way on a day: from August, the year that has begun. */
    public static int schoolYearOf(LocalDate day) {
        return day.getMonth().compareTo(Month.AUGUST) >= 0 ? day.getYear() : day.getYear() - 1;
    }

    public static int schoolYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new CoverageRefusedException("year", "development.coverage.year-range");
        }
        return year;
    }

    public static int grade(int grade) {
        if (grade < 0 || grade > MAX_GRADE) {
            throw new CoverageRefusedException("grade", "development.coverage.grade-range", MAX_GRADE);
        }
        return grade;
    }

    public static int classes(int classes) {
        if (classes < 0 || classes > MAX_CLASSES) {
            throw new CoverageRefusedException("classes", "development.coverage.classes-range", MAX_CLASSES);
        }
        return classes;
    }

    public static int lessonsPerClass(int lessons) {
        if (lessons < 1 || lessons > MAX_LESSONS_PER_CLASS) {
            throw new CoverageRefusedException("lessons", "development.coverage.lessons-range", MAX_LESSONS_PER_CLASS);
        }
        return lessons;
    }

    public static int teacherLessons(int lessons) {
        if (lessons < 1 || lessons > MAX_TEACHER_LESSONS) {
            throw new CoverageRefusedException("assignment-lessons", "development.coverage.teacher-lessons-range",
                    MAX_TEACHER_LESSONS);
        }
        return lessons;
    }

    /** Equivalent competence is the leader's judgement, so it needs their note; training needs none. */
    public static String competenceNote(CompetenceBasis basis, String note) {
        String text = note == null ? null : note.strip();
        if (basis == CompetenceBasis.EQUIVALENT && (text == null || text.isEmpty())) {
            throw new CoverageRefusedException("note", "development.coverage.note-required");
        }
        if (text != null && text.length() > NOTE_MAX) {
            throw new CoverageRefusedException("note", "development.coverage.note-too-long", NOTE_MAX);
        }
        return text == null || text.isEmpty() ? null : text;
    }
}
