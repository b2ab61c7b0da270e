package dk.samspil.development.control;

/** A school's regular classes in a grade. */
public record ClassCount(Integer grade, Integer classes) {
}
