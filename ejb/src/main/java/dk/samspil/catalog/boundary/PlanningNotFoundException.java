package dk.samspil.catalog.boundary;

import dk.samspil.shared.NotFoundException;

/** A module, session, room, partner link or person a planning form referred to that is not (or no longer) there. */
public class PlanningNotFoundException extends NotFoundException {

    public PlanningNotFoundException(String what, Object id) {
        super("catalog.planning.not-found", what, id);
    }
}
