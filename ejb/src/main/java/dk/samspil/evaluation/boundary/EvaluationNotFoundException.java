package dk.samspil.evaluation.boundary;

import dk.samspil.shared.NotFoundException;

/** No evaluation the caller may answer or see on that course. */
public class EvaluationNotFoundException extends NotFoundException {

    public EvaluationNotFoundException() {
        super("evaluation.not-found");
    }
}
