package dk.samspil.catalog.entity;

import dk.samspil.shared.NotFoundException;

public class CourseNotFoundException extends NotFoundException {

    public CourseNotFoundException(String code) {
        super("catalog.course.not-found", code);
    }
}
