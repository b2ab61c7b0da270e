package dk.samspil.development.boundary;

import dk.samspil.shared.NotFoundException;

/** A school, assignment or competence that is not the calling leader's: it looks like nothing is there. */
public class CoverageNotFoundException extends NotFoundException {

    public CoverageNotFoundException() {
        super("development.coverage.not-found");
    }
}
