package dk.samspil.development.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

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
