package dk.samspil.catalog.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SemesterTest {

    @Test
    void springRunsFromJanuaryToJuneAndAutumnFromJulyToDecember() {
        assertEquals(new Semester(2027, 1), Semester.of(LocalDate.of(2027, 6, 30)));
        assertEquals(new Semester(2027, 2), Semester.of(LocalDate.of(2027, 7, 1)));
        assertEquals(LocalDate.of(2027, 7, 1), new Semester(2027, 1).until());
        assertEquals(LocalDate.of(2028, 1, 1), new Semester(2027, 2).until());
        assertEquals(new Semester(2028, 1), new Semester(2027, 2).next());
    }

    @Test
    void aCodeInTheAddressNamesASemesterOrNothing() {
        assertEquals(Optional.of(new Semester(2027, 1)), Semester.parse("2027-1"));
        assertEquals("2026-2", new Semester(2026, 2).code());
        for (String wrong : new String[] {null, "", "2027-3", "27-1", "2027-1; DROP TABLE course", "1999-1"}) {
            assertEquals(Optional.empty(), Semester.parse(wrong), String.valueOf(wrong));
        }
        assertThrows(IllegalArgumentException.class, () -> new Semester(2027, 0));
    }
}
