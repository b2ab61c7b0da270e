package dk.samspil.catalog.entity;

import dk.samspil.shared.BusinessException;

/** A course, module or session value that breaks one of the course's rules, told next to its field. */
public class InvalidCourseException extends BusinessException {

    private final String field;

    public InvalidCourseException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
