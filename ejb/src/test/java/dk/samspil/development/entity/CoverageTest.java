package dk.samspil.development.entity;

import dk.samspil.development.entity.Coverage.Cell;
import dk.samspil.development.entity.Coverage.Gap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Competence coverage, with an example worked out by hand. */
class CoverageTest {

    private static final long DANISH = 1;
    private static final long MATHS = 2;
    private static final long MUSIC = 3;

    /**
     * A school with two 4th-grade classes and one 5th-grade class.
     * Danish 4th: 2 × 210 = 420 planned; taught 420, all by competent teachers: 420 covered.
     * Maths 4th: 2 × 150 = 300 planned; competent teachers teach 150 (the rest by a non-specialist): 150 covered.
     * Maths 5th: 1 × 150 = 150 planned; a competent teacher teaches 180 (more than planned): 150 covered.
     * Music 4th: 2 × 60 = 120 planned; nobody competent: 0 covered.
     * Planned 420 + 300 + 150 + 120 = 990; covered 420 + 150 + 150 + 0 = 720; 720 / 990 = 72.7 %.
     * Maths 450 planned, 300 covered: 66.7 %. Gaps: maths 4th 150, music 4th 120.
     */
    @Test
    void aHandCheckedSchool() {
        Coverage coverage = Coverage.of(List.of(
                new Cell(DANISH, 4, 420, 420),
                new Cell(MATHS, 4, 300, 150),
                new Cell(MATHS, 5, 150, 180),
                new Cell(MUSIC, 4, 120, 0)));
        assertEquals(990, coverage.planned());
        assertEquals(720, coverage.covered());
        assertEquals(0.727, coverage.share(), 0.0005);
        assertFalse(coverage.meetsTarget());
        assertEquals(List.of(new Gap(MATHS, 4, 150), new Gap(MUSIC, 4, 120)), coverage.gaps(),
                "largest gap first; extra lessons in 5th grade do not cover 4th grade");
        assertEquals(MUSIC, coverage.subjects().get(0).subjectId(), "weakest subject first");
        assertEquals(2.0 / 3, coverage.subjects().get(1).share(), 1e-9);
        assertTrue(coverage.subjects().get(2).meetsTarget());
    }

    @Test
    void ninetyFivePerCentMeetsTheTargetAndNothingPlannedIsNotAGap() {
        assertTrue(Coverage.of(List.of(new Cell(DANISH, 1, 100, 95))).meetsTarget());
        assertFalse(Coverage.of(List.of(new Cell(DANISH, 1, 100, 94))).meetsTarget());
        Coverage empty = Coverage.of(List.of());
        assertEquals(1.0, empty.share());
        assertTrue(empty.gaps().isEmpty());
    }
}
