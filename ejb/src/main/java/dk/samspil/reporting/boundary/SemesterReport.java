package dk.samspil.reporting.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A semester's courses (by the start of their planned period: spring January–June, autumn
 * July–December) with their figures, the same summed by theme and by municipality, and the
 * partners who co-created or otherwise took part, by kind.
 */
public record SemesterReport(int year, int half, LocalDate from, LocalDate to, List<CourseFigures> courses,
                             List<GroupFigures> byTheme, List<GroupFigures> byMunicipality,
                             List<PartnerFigures> partners, GroupFigures total) {
}
