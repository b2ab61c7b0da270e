package dk.samspil.enrolment.boundary;

import dk.samspil.shared.NotFoundException;

/** An enrolment that does not exist or is not the caller's to act on: the same answer. */
public class EnrolmentNotFoundException extends NotFoundException {

    public EnrolmentNotFoundException() {
        super("enrolment.not-found");
    }
}
