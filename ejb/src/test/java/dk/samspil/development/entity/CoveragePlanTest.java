package dk.samspil.development.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Danish school year starts on 1 August and is named by the year it starts in. */
class CoveragePlanTest {

    @Test
    void aSchoolYearBeginsOnTheFirstOfAugust() {
        assertEquals(2025, CoveragePlan.schoolYearOf(LocalDate.of(2026, 7, 31)));
        assertEquals(2026, CoveragePlan.schoolYearOf(LocalDate.of(2026, 8, 1)));
        assertEquals(2026, CoveragePlan.schoolYearOf(LocalDate.of(2026, 12, 31)));
        assertEquals(2026, CoveragePlan.schoolYearOf(LocalDate.of(2027, 1, 1)));
        assertEquals(2026, CoveragePlan.schoolYearOf(LocalDate.of(2027, 6, 30)));
    }
}
