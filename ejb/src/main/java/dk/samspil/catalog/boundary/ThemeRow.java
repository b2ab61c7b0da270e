package dk.samspil.catalog.boundary;

import java.io.Serializable;

/** A theme as the consultants manage it, with how many courses carry it. */
public record ThemeRow(String code, String nameDa, String nameEn, boolean active, long courses) implements Serializable {
}
