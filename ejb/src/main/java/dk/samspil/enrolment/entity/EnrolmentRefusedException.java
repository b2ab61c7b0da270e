package dk.samspil.enrolment.entity;

import dk.samspil.shared.BusinessException;

/** An enrolment, or a step in one, that the rules refuse; the key says why in the person's language. */
public class EnrolmentRefusedException extends BusinessException {

    public EnrolmentRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
