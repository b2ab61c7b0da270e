package dk.samspil.development.boundary;

public record ThemeCompletions(String theme, long thisYear, long lastYear) {
}
