package dk.samspil.people.boundary;

import dk.samspil.shared.NotFoundException;

/** No account with that e-mail address. */
public class AccountNotFoundException extends NotFoundException {

    public AccountNotFoundException(String email) {
        super("people.account.not-found", email);
    }
}
