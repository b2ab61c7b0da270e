package dk.samspil.catalog.boundary;

import dk.samspil.shared.NotFoundException;

public class CourseNotFoundException extends NotFoundException {

    public CourseNotFoundException(String code) {
        super("catalog.course.not-found", code);
    }
}
