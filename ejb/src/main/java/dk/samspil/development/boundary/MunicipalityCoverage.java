package dk.samspil.development.boundary;

import java.util.List;

/** A municipality's schools, each with its coverage, and the municipality's total. */
public record MunicipalityCoverage(String municipality, int schoolYear, List<SchoolRow> schools, Result total) {
}
