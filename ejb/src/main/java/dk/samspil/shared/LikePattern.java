package dk.samspil.shared;

/** A JPQL {@code LIKE} pattern from words someone typed: their % and _ are plain characters, '!' escapes. */
public final class LikePattern {

    /** Append to a {@code LIKE :parameter} in JPQL. */
    public static final String ESCAPE = " ESCAPE '!'";

    private LikePattern() {
    }

    public static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
