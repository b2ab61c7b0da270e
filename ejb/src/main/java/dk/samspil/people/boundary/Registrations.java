package dk.samspil.people.boundary;

import dk.samspil.people.control.AccountLinks;
import dk.samspil.people.control.AccountMail;
import dk.samspil.people.control.Callers;
import dk.samspil.people.control.LoginThrottle;
import dk.samspil.people.control.PasswordHashing;
import dk.samspil.people.control.PasswordPolicy;
import dk.samspil.people.control.StaffRequestMails;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.AccountLink;
import dk.samspil.people.entity.AccountLink.Purpose;
import dk.samspil.people.entity.Institution;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.PublicAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * Participants register themselves. The address is verified by a mailed single-use link before the
 * account can log in; the page answers the same whether or not the address already has an account
 * (its owner is mailed instead), and attempts are throttled per address and per client. The
 * institution named is only a request until one of its leaders confirms it ({@link StaffRequests}).
 * Every attempt costs one password hash, whatever the address.
 */
@Stateless
@PermitAll
public class Registrations {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    PasswordHashing hashing;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountLinks links;

    @Inject
    Event<AccountMail> mails;

    @Inject
    StaffRequestMails staffRequests;

    @Inject
    Validator validator;

    public void register(RegistrationForm form, String clientAddress) {
        String name = name(form);
        String email = email(form);
        String key = "register:" + email;
        String addressKey = clientAddress == null ? null : "register-address:" + clientAddress;
        if (throttle.isBlocked(key) || throttle.isBlocked(addressKey)) {
            SECURITY.log(System.Logger.Level.WARNING, "Registration throttled for {0} from {1}", email, clientAddress);
            throw new RegistrationRefusedException(null, "people.register.throttled");
        }
        throttle.attempted(key, addressKey);
        POLICY.check(form.password(), email, name).ifPresent(refusal -> {
            throw new RegistrationRefusedException("new-password", refusal.messageKey(), PasswordPolicy.MIN_LENGTH,
                    PasswordPolicy.MAX_LENGTH);
        });
        Institution institution = form.institutionId() == null ? null : institution(form.institutionId());
        String hash = hashing.hash(form.password());
        LocalDateTime now = DanishTime.now();
        Optional<Account> existing = callers.byTypedEmail(email);
        if (existing.isPresent() && (existing.get().isEmailVerified() || !existing.get().hasPassword())) {
            Account owner = existing.get();
            mails.fire(new AccountMail(owner.getEmail(), owner.getDisplayName(), owner.getLanguage(), "already-registered",
                    PublicAddress.base() + "/password-forgotten.xhtml"));
            SECURITY.log(System.Logger.Level.INFO, "Registration for {0}, which has an account: its owner is told", email);
            return;
        }
        Account account = existing.orElseGet(() -> new Account(email, name, hash));
        account.changePassword(hash, now);
        describe(account, form, name, institution);
        account.awaitVerification();
        if (existing.isEmpty()) {
            em.persist(account);
        } else {
            links.useAll(account, now);
        }
        links.mail(account, Purpose.VERIFICATION, "verification", now);
        SECURITY.log(System.Logger.Level.INFO, "Registration of {0} from {1}; verification link mailed", email, clientAddress);
    }

    /** Whether an address has an account; asked only for an address an identity provider has just vouched for. */
    public boolean isKnown(String email) {
        return callers.byTypedEmail(email).isPresent();
    }

    /**
     * A registration whose address the identity provider has verified (single sign-on with
     * registration switched on): the account can log in at once, through the provider; it has no
     * local password until the person asks for one.
     */
    public void registerVouched(RegistrationForm form) {
        String name = name(form);
        String email = email(form);
        if (isKnown(email)) {
            throw new RegistrationRefusedException("email", "people.account.email-taken", email);
        }
        Institution institution = form.institutionId() == null ? null : institution(form.institutionId());
        Account account = new Account(email, name, Account.NO_PASSWORD);
        describe(account, form, name, institution);
        em.persist(account);
        staffRequests.requested(account);
        SECURITY.log(System.Logger.Level.INFO, "Registration of {0} through single sign-on", email);
    }

    private static void describe(Account account, RegistrationForm form, String name, Institution institution) {
        account.rename(name);
        account.employAt(null, form.jobFunction());
        account.askToJoin(institution);
        account.changeLanguage("en".equals(form.language()) ? "en" : "da");
        account.grant(Role.PARTICIPANT);
    }

    private static String name(RegistrationForm form) {
        String name = form.displayName() == null ? "" : form.displayName().strip();
        if (name.isEmpty() || name.length() > Account.NAME_MAX) {
            throw new RegistrationRefusedException("name", "people.register.name-invalid", Account.NAME_MAX);
        }
        if (form.jobFunction() == null) {
            throw new RegistrationRefusedException("job", "people.register.job-missing");
        }
        return name;
    }

    /** The address as it will be stored, checked by the account's own rule (a refusal is a message, not an error page). */
    private String email(RegistrationForm form) {
        String email = form.email() == null ? "" : Account.normaliseEmail(form.email());
        if (!validator.validateValue(Account.class, "email", email).isEmpty()) {
            throw new RegistrationRefusedException("email", "people.register.email-invalid");
        }
        return email;
    }

    public boolean isVerificationLinkUsable(String token) {
        return links.usable(token, Set.of(Purpose.VERIFICATION), DanishTime.now(), LockModeType.NONE).isPresent();
    }

    /**
     * The mailed link proves the address, and the password chosen when registering proves that this
     * is the person who registered (so someone who registered another person's address first cannot
     * have it verified by the owner's click): from now on the person can log in.
     */
    public void verify(String token, char[] password) {
        LocalDateTime now = DanishTime.now();
        AccountLink link = links.usable(token, Set.of(Purpose.VERIFICATION), now, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResetLinkInvalidException("people.register.link-invalid"));
        Account account = link.getAccount();
        String key = LoginThrottle.accountKey(account.getEmail());
        if (throttle.isBlocked(key) || !hashing.verify(password, account.getPasswordHash())) {
            throttle.failedRegardless(key);
            SECURITY.log(System.Logger.Level.WARNING, "Address of {0} not verified: wrong password", account.getEmail());
            throw new RegistrationRefusedException("password", "people.register.confirm-password-wrong");
        }
        link.use(now);
        account.verifyEmail();
        throttle.succeeded(key);
        staffRequests.requested(account);
        SECURITY.log(System.Logger.Level.INFO, "Address of {0} verified", account.getEmail());
    }

    private Institution institution(long id) {
        Institution institution = em.find(Institution.class, id);
        if (institution == null || institution.isClosed()) {
            throw new RegistrationRefusedException("institution", "people.register.institution-unknown");
        }
        return institution;
    }
}
