package dk.samspil.enrolment.control;

import dk.samspil.people.entity.Account;
import dk.samspil.shared.BusinessException.Detail;

/** A row of the file: the account it names, or the problem that keeps it from being enrolled. */
public record StaffCandidate(long line, String email, Account person, Detail problem) {

    public StaffCandidate refused(Detail why) {
        return new StaffCandidate(line, email, person, why);
    }
}
