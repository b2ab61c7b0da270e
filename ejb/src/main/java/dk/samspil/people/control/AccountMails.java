package dk.samspil.people.control;

import dk.samspil.notification.control.Mailer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Sends mails about an account (a link to set a password or to verify an address) on their own
 * thread, so that a page that must not tell whether an address has an account answers in the same
 * time either way (the SMTP conversation would otherwise tell). {@link AccountMail.Outbox} calls it
 * only once the transaction that asked for the mail has committed.
 */
@Stateless
@PermitAll
public class AccountMails {

    @Inject
    Mailer mailer;

    @Asynchronous
    public void send(AccountMail mail) {
        mailer.sendAccountMail(mail.email(), mail.name(), mail.language(), mail.key(), mail.arguments());
    }
}
