package dk.samspil.enrolment.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CSV cells: formulas are neutralised, separators and quotes survive. */
class CourseEnrolmentsBackingTest {

    @Test
    void aCellThatLooksLikeAFormulaIsNeverRunBySpreadsheets() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CourseEnrolmentsBacking.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+45 12 34", CourseEnrolmentsBacking.cell("+45 12 34"));
        assertEquals("'-1", CourseEnrolmentsBacking.cell("-1"));
        assertEquals("'@SUM(A1)", CourseEnrolmentsBacking.cell("@SUM(A1)"));
        assertEquals("Anne Ærø", CourseEnrolmentsBacking.cell("Anne Ærø"));
        assertEquals("\"Skole; afdeling\"", CourseEnrolmentsBacking.cell("Skole; afdeling"));
        assertEquals("", CourseEnrolmentsBacking.cell(null));
    }
}
