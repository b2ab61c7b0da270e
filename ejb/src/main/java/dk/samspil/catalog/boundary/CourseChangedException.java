package dk.samspil.catalog.boundary;

import dk.samspil.shared.BusinessException;

/** Someone else saved the course after this page was opened: nothing is overwritten, the page reloads it. */
public class CourseChangedException extends BusinessException {

    public CourseChangedException(String code) {
        super("catalog.course.changed-meanwhile", code);
    }
}
