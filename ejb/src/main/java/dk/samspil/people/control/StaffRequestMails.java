package dk.samspil.people.control;

import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Institution;
import dk.samspil.shared.PublicAddress;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Tells the leaders of an institution that a self-registered person (with a verified address) asks to
 * be confirmed as their staff, and tells the person the answer. Mailed once the transaction commits.
 */
@Dependent
public class StaffRequestMails {

    @Inject
    Callers callers;

    @Inject
    Event<AccountMail> mails;

    public void requested(Account person) {
        Institution institution = person.getRequestedInstitution();
        if (institution == null) {
            return;
        }
        callers.leadersOf(institution, person).forEach(leader -> mails.fire(new AccountMail(leader.getEmail(), leader.getDisplayName(), leader.getLanguage(),
                        "staff-request", person.getDisplayName(), person.getEmail(), institution.getName(),
                        PublicAddress.base() + "/leader/staff-requests.xhtml")));
    }

    public void answered(Account person, Institution institution, boolean confirmed) {
        mails.fire(new AccountMail(person.getEmail(), person.getDisplayName(), person.getLanguage(),
                confirmed ? "staff-confirmed" : "staff-declined", institution.getName()));
    }
}
