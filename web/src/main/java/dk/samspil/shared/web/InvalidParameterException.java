package dk.samspil.shared.web;

/** A query parameter the API cannot use; answered with 400 and the parameter's name. */
public class InvalidParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidParameterException(String name, String expected) {
        super("Query parameter '" + name + "' must be " + expected);
    }

    /** Parses an optional whole-number parameter within bounds, or says which parameter is wrong. */
    public static int parse(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range number
        }
        throw new InvalidParameterException(name, "a whole number from " + min + " to " + max);
    }
}
