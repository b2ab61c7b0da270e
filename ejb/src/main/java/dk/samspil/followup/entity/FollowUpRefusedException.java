package dk.samspil.followup.entity;

import dk.samspil.shared.BusinessException;

/** A follow-up, an answer or a change to the questions that the rules refuse. */
public class FollowUpRefusedException extends BusinessException {

    public FollowUpRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
