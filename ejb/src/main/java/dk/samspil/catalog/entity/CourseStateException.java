package dk.samspil.catalog.entity;

import dk.samspil.shared.BusinessException;

/** A lifecycle step the course's status does not allow, e.g. editing a cancelled course. */
public class CourseStateException extends BusinessException {

    public CourseStateException(String messageKey, CourseStatus status) {
        super(messageKey, status);
    }
}
