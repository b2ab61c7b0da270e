package dk.samspil.followup.boundary;

import dk.samspil.shared.NotFoundException;

/** No follow-up the caller may answer or see there. */
public class FollowUpNotFoundException extends NotFoundException {

    public FollowUpNotFoundException() {
        super("followup.not-found");
    }
}
