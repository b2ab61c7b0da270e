package dk.samspil.it;

import dk.samspil.development.boundary.CompetenceCoverage;
import dk.samspil.development.boundary.CoverageNotFoundException;
import dk.samspil.development.boundary.GapRow;
import dk.samspil.development.boundary.SchoolCoverage;
import dk.samspil.development.entity.CompetenceBasis;
import dk.samspil.development.entity.CoverageRefusedException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Competence coverage as a leader plans and reads it: own schools only, limits kept, figures computed in SQL. */
class CoverageIT extends InContainerTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final int YEAR = 2026;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(CoverageIT.class, AsLeader.class, AsParticipantA.class);
    }

    @Inject
    CompetenceCoverage coverage;

    @Inject
    AsLeader asLeader;

    @Inject
    AsParticipantA asTeacher;

    private long school;
    private long otherSchool;
    private long danish;
    private long maths;
    private long specialist;
    private long generalist;

    @BeforeEach
    void aSchoolWithTwoTeachers() {
        school = db.institution("Coverage-skolen");
        otherSchool = db.institution("Nabo-skolen");
        db.leadAs(TestPeople.LEADER, school);
        danish = ((Number) db.value("SELECT id FROM subject WHERE code = 'dansk'")).longValue();
        maths = ((Number) db.value("SELECT id FROM subject WHERE code = 'matematik'")).longValue();
        specialist = idOf(db.account("Dorte Dansk", school, "PARTICIPANT"));
        generalist = idOf(db.account("Mikkel Matematik", school, "PARTICIPANT"));
    }

    private long idOf(String email) {
        return ((Number) db.value("SELECT id FROM account WHERE email = ?", email)).longValue();
    }

    private SchoolCoverage view() throws Exception {
        return asLeader.call(() -> coverage.findForSchool(school, YEAR, DANISH));
    }

    private void as(ThrowingRunnable work) throws Exception {
        asLeader.call(() -> {
            work.run();
            return null;
        });
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Two 4th-grade classes: Danish 2 × 210 = 420 planned, maths 2 × 150 = 300. */
    private void plan() throws Exception {
        as(() -> {
            coverage.saveClasses(school, YEAR, Map.of(4, 2));
            coverage.planLessons(school, YEAR, danish, 4, 210);
            coverage.planLessons(school, YEAR, maths, 4, 150);
            coverage.assign(school, YEAR, specialist, danish, 4, 420);
            coverage.assign(school, YEAR, generalist, maths, 4, 300);
            coverage.recognise(school, specialist, danish, CompetenceBasis.TRAINING, null, null);
        });
    }

    @Test
    void theSchoolsCoverageNamesItsGapsAndTheCoursesThatCloseThem() throws Exception {
        String theme = db.theme();
        db.update("UPDATE subject SET theme_id = (SELECT id FROM theme WHERE code = ?) WHERE id = ?", theme, maths);
        var course = db.course("PUBLISHED", 10, theme, java.time.LocalDate.now().plusDays(30));
        plan();

        SchoolCoverage view = view();
        assertEquals(720, view.result().planned());
        assertEquals(420, view.result().covered());
        assertEquals(420.0 / 720, view.result().share(), 1e-9);
        assertFalse(view.result().meetsTarget());
        GapRow gap = view.result().gaps().get(0);
        assertEquals("Matematik", gap.subject());
        assertEquals(4, gap.grade());
        assertEquals(300, gap.uncovered());
        assertTrue(gap.courses().stream().anyMatch(c -> c.code().equals(course.code())), gap.courses().toString());

        as(() -> coverage.recognise(school, generalist, maths, CompetenceBasis.EQUIVALENT,
                "Har undervist i matematik i 12 år og taget diplommodul.", null));
        assertTrue(view().result().meetsTarget());
        assertTrue(view().result().gaps().isEmpty());
        db.update("UPDATE subject SET theme_id = NULL WHERE id = ?", maths);
    }

    @Test
    void absurdValuesAreRefusedAndChangeNothing() throws Exception {
        plan();
        assertEquals("development.coverage.classes-range", assertThrows(CoverageRefusedException.class,
                () -> as(() -> coverage.saveClasses(school, YEAR, Map.of(4, 21)))).messageKey());
        assertEquals("development.coverage.classes-range", assertThrows(CoverageRefusedException.class,
                () -> as(() -> coverage.saveClasses(school, YEAR, Map.of(4, -1)))).messageKey());
        assertEquals("development.coverage.lessons-range", assertThrows(CoverageRefusedException.class,
                () -> as(() -> coverage.planLessons(school, YEAR, danish, 4, 5000))).messageKey());
        assertEquals("development.coverage.grade-range", assertThrows(CoverageRefusedException.class,
                () -> as(() -> coverage.planLessons(school, YEAR, danish, 11, 100))).messageKey());
        assertEquals("development.coverage.teacher-lessons-range", assertThrows(CoverageRefusedException.class,
                () -> as(() -> coverage.assign(school, YEAR, specialist, danish, 4, 0))).messageKey());
        assertEquals("development.coverage.note-required", assertThrows(CoverageRefusedException.class,
                () -> as(() -> coverage.recognise(school, generalist, maths, CompetenceBasis.EQUIVALENT, " ", null)))
                .messageKey());
        assertEquals(720, view().result().planned(), "nothing changed");
        assertEquals(2, ((Number) db.value("SELECT classes FROM school_classes WHERE institution_id = ? AND grade = 4",
                school)).intValue());
    }

    @Test
    void aLeaderTouchesOnlyTheirOwnSchoolsAndStaff() throws Exception {
        plan();
        assertThrows(CoverageNotFoundException.class, () -> asLeader.call(() -> coverage.findForSchool(otherSchool, YEAR, DANISH)));
        assertThrows(CoverageNotFoundException.class, () -> as(() -> coverage.saveClasses(otherSchool, YEAR, Map.of(1, 1))));
        long stranger = idOf(db.account("Fremmed Lærer", otherSchool, "PARTICIPANT"));
        assertEquals("development.coverage.not-staff", assertThrows(CoverageRefusedException.class,
                () -> as(() -> coverage.assign(school, YEAR, stranger, danish, 4, 10))).messageKey());
        long theirs = ((Number) db.value("""
                INSERT INTO teaching_assignment (institution_id, school_year, account_id, subject_id, grade, lessons)
                VALUES (?, ?, ?, ?, 1, 10) RETURNING id""", otherSchool, YEAR, stranger, danish)).longValue();
        assertThrows(CoverageNotFoundException.class, () -> as(() -> coverage.unassign(school, theirs)));
        assertEquals(1L, db.value("SELECT COUNT(*) FROM teaching_assignment WHERE id = ?", theirs));
        assertThrows(EJBAccessException.class, () -> asTeacher.call(() -> coverage.findForSchool(school, YEAR, DANISH)));
    }

    @Test
    void theSchoolAndMunicipalityViewsCostTheSameStatementsForFewTeachersOrMany() throws Exception {
        plan();
        long administration = db.institution("Forvaltningen");
        db.update("UPDATE institution SET kind = 'ADMINISTRATION' WHERE id = ?", administration);
        db.leadAs(TestPeople.LEADER, administration);
        long schoolFew = statementsOf(this::schoolView);
        long municipalityFew = statementsOf(this::municipalityView);
        for (int i = 0; i < 8; i++) {
            long teacher = idOf(db.account("Lærer " + i, school, "PARTICIPANT"));
            as(() -> {
                coverage.assign(school, YEAR, teacher, danish, 4, 10);
                coverage.recognise(school, teacher, danish, CompetenceBasis.TRAINING, null, null);
            });
        }
        assertEquals(schoolFew, statementsOf(this::schoolView));
        assertEquals(municipalityFew, statementsOf(this::municipalityView));
        var municipality = asLeader.call(() -> coverage.findForMunicipality(YEAR, DANISH));
        assertTrue(municipality.schools().stream().anyMatch(s -> s.school().startsWith("Coverage-skolen")
                && s.planned() == 720 && s.covered() == 420), municipality.schools().toString());
        long overhead = statementsOf(() -> call(() -> asLeader.call(() -> null)));
        assertTrue(municipalityFew - overhead <= 8, "municipality view: " + (municipalityFew - overhead) + " statements");
    }

    private void schoolView() {
        call(() -> asLeader.call(() -> coverage.findForSchool(school, YEAR, DANISH)));
    }

    private void municipalityView() {
        call(() -> asLeader.call(() -> coverage.findForMunicipality(YEAR, DANISH)));
    }

    private static void call(java.util.concurrent.Callable<?> work) {
        try {
            work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
