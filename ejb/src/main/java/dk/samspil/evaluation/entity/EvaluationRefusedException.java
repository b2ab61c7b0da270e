package dk.samspil.evaluation.entity;

import dk.samspil.shared.BusinessException;

/** An evaluation, an answer or a change to the questions that the rules refuse. */
public class EvaluationRefusedException extends BusinessException {

    public EvaluationRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
