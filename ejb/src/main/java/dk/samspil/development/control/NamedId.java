package dk.samspil.development.control;

/** Something to choose by id and show by name: a member of staff, a municipality. */
public record NamedId(Long id, String name) {
}
