package dk.samspil.development.boundary;

import java.util.List;

/**
 * The figures behind the staff dashboard's charts: completed courses per theme this year and last
 * year, and per institution the share of active staff with a course this year.
 */
public record StaffCharts(int year, List<ThemeCompletions> completions, List<InstitutionShare> participation) {
}
