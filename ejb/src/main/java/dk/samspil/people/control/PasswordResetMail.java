package dk.samspil.people.control;

import dk.samspil.notification.control.Mailer;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.PasswordReset;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Mails a reset link on its own thread, so that asking for a reset answers in the same time whether
 * or not the address has an account (the SMTP conversation would otherwise tell).
 */
@Stateless
@PermitAll
public class PasswordResetMail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Asynchronous
    public void send(long accountId, String link) {
        Account account = em.find(Account.class, accountId);
        mailer.sendAccountMail(account, "password-reset", link, PasswordReset.LIFETIME.toMinutes());
    }
}
