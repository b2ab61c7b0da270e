package dk.samspil.development.boundary;

import dk.samspil.shared.NotFoundException;

/** A person or goal the caller may not see: it looks like nothing is there. */
public class GoalNotFoundException extends NotFoundException {

    public GoalNotFoundException() {
        super("development.goal.not-found");
    }
}
