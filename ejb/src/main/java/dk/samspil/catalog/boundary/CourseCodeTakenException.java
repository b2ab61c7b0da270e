package dk.samspil.catalog.boundary;

import dk.samspil.shared.BusinessException;

public class CourseCodeTakenException extends BusinessException {

    private final String field;

    public CourseCodeTakenException(String code, String field) {
        super("catalog.course.code-taken", code);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
