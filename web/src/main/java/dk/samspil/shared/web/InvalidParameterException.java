package dk.samspil.shared.web;

/** A query parameter the API cannot use; answered with 400 and the parameter's name. */
public class InvalidParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidParameterException(String name, String expected) {
        super("Query parameter '" + name + "' must be " + expected);
    }
}
