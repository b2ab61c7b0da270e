package dk.samspil.people.boundary;

import dk.samspil.people.entity.PartnerContact;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.people.control.AccountLinks;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.AccountLink.Purpose;
import dk.samspil.people.entity.AccountRuleException;
import dk.samspil.people.entity.Institution;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LikePattern;
import dk.samspil.shared.WriteGuards;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * Account administration: find accounts, make them (the person is invited by a mailed link to set a
 * password), correct them, give and take roles, deactivate and reactivate. Samspil always keeps an
 * active administrator: nobody deactivates the last one or takes away the last one's role, and no
 * administrator takes their own. Every change is a security event naming who made it.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Accounts {

    public static final int PAGE_SIZE = 50;
    /** Invitations mailed per account within an hour, beyond which a resend is refused. */
    static final int INVITATIONS_PER_HOUR = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    WriteGuards guards;

    @Inject
    Callers callers;

    @Inject
    AccountLinks links;

    @Inject
    Validator validator;

    /**
     * One page of accounts, by name: four statements whatever the page holds or how far on it is —
     * the count, the page's ids (read from the index on name and id alone, so a far page does not
     * fetch every row before it), those accounts with their institution and municipality, and their roles.
     */
    public AccountPage search(AccountQuery query) {
        String where = where(query);
        long total = bind(em.createQuery("SELECT COUNT(a) FROM Account a" + where, Long.class), query).getSingleResult();
        int page = (int) Math.min(query.page(), Math.max(0, (total - 1) / PAGE_SIZE));
        List<Long> ids = bind(em.createQuery("SELECT a.id FROM Account a" + where + " ORDER BY a.displayName, a.id",
                        Long.class), query)
                .setFirstResult(page * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultList();
        if (ids.isEmpty()) {
            return new AccountPage(List.of(), total, page, PAGE_SIZE);
        }
        Map<Long, Set<Role>> roles = rolesOf(ids);
        List<AccountRow> rows = em.createQuery("""
                        SELECT a.id, a.displayName, a.email, i.name, m.name, a.active, a.emailVerified, a.passwordHash
                        FROM Account a LEFT JOIN a.institution i LEFT JOIN i.municipality m
                        WHERE a.id IN :ids ORDER BY a.displayName, a.id""", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(row -> new AccountRow((Long) row[0], (String) row[1], (String) row[2],
                        roles.getOrDefault((Long) row[0], Set.of()), (String) row[3], (String) row[4], (Boolean) row[5],
                        (Boolean) row[6], Account.NO_PASSWORD.equals(row[7])))
                .toList();
        return new AccountPage(rows, total, page, PAGE_SIZE);
    }

    /** The account as its edit form starts. */
    public AccountForm get(long id) {
        Account account = find(id);
        return new AccountForm(account.getDisplayName(), account.getEmail(), account.getJobFunction(),
                account.getInstitution() == null ? null : account.getInstitution().getId(), account.getLanguage(),
                account.getRoles().isEmpty() ? Set.of() : EnumSet.copyOf(account.getRoles()),
                ids(account.getLedInstitutions()),
                account.getPartnerOrganisation() == null ? null : account.getPartnerOrganisation().getId());
    }

    /** The account's state as the edit page shows it beside the form. */
    public AccountRow row(long id) {
        Account account = find(id);
        return new AccountRow(account.getId(), account.getDisplayName(), account.getEmail(), account.getRoles(),
                account.getInstitution() == null ? null : account.getInstitution().getName(),
                account.getInstitution() == null ? null : account.getInstitution().getMunicipality().getName(),
                account.isActive(), account.isEmailVerified(), !account.hasPassword());
    }

    /** Makes an account without a password and mails the person a link to set one; returns its id. */
    public long create(AccountForm form) {
        requireFreeEmail(form.email(), null);
        Account account = new Account(form.email(), form.displayName(), Account.NO_PASSWORD);
        describe(account, form);
        em.persist(account);
        representPartner(account);
        em.flush();
        links.mail(account, Purpose.INVITATION, "invitation", DanishTime.now());
        SECURITY.log(System.Logger.Level.INFO, "Account {0} created by {1} with roles {2}; invitation sent",
                account.getEmail(), callers.myEmail(), account.getRoles());
        return account.getId();
    }

    public void update(long id, AccountForm form) {
        Account account = find(id);
        requireFreeEmail(form.email(), account.getId());
        Set<Role> before = EnumSet.copyOf(account.getRoles());
        if (before.contains(Role.ADMIN) && !form.roles().contains(Role.ADMIN)) {
            requireAnotherAdministrator(account, "roles");
        }
        String oldEmail = account.getEmail();
        describe(account, form);
        representPartner(account);
        SECURITY.log(System.Logger.Level.INFO, "Account {0} changed by {1}: e-mail {2}, roles {3} -> {4}",
                oldEmail, callers.myEmail(), account.getEmail(), before, account.getRoles());
    }

    /** The person can no longer log in, their sessions end at their next request, their links stop working; their history stays. */
    public void deactivate(long id) {
        Account account = find(id);
        if (account.getRoles().contains(Role.ADMIN) && account.isActive()) {
            requireAnotherAdministrator(account, null);
        }
        account.deactivate();
        links.useAll(account, DanishTime.now());
        SECURITY.log(System.Logger.Level.INFO, "Account {0} deactivated by {1}", account.getEmail(), callers.myEmail());
    }

    public void reactivate(long id) {
        Account account = find(id);
        account.reactivate();
        SECURITY.log(System.Logger.Level.INFO, "Account {0} reactivated by {1}", account.getEmail(), callers.myEmail());
    }

    /** A new invitation for an active account whose person has not yet set a password; earlier links stop working. */
    public void resendInvitation(long id) {
        Account account = find(id);
        if (!account.isActive() || account.hasPassword()) {
            throw new AccountRuleException(null, "people.account.invitation-not-needed", account.getEmail());
        }
        // One resend at a time, on every node: the count below must include the other's link.
        guards.take("invitations");
        LocalDateTime now = DanishTime.now();
        if (links.madeSince(account, now.minus(Duration.ofHours(1))) >= INVITATIONS_PER_HOUR) {
            throw new AccountRuleException(null, "people.account.invitation-too-often", INVITATIONS_PER_HOUR);
        }
        links.useAll(account, now);
        links.mail(account, Purpose.INVITATION, "invitation", now);
        SECURITY.log(System.Logger.Level.INFO, "Invitation to {0} sent again by {1}", account.getEmail(), callers.myEmail());
    }

    /**
     * Open institutions to employ people at or to lead, by municipality and name, and the ones the
     * account already works at or leads even if closed since (so saving the account keeps them).
     */
    public List<Choice> institutionChoices(Long accountId) {
        Set<Long> keep = new HashSet<>(Set.of(-1L));
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        if (account != null) {
            keep.addAll(ids(account.getLedInstitutions()));
            if (account.getInstitution() != null) {
                keep.add(account.getInstitution().getId());
            }
        }
        return em.createQuery("""
                        SELECT i.id, i.name, m.name FROM Institution i JOIN i.municipality m
                        WHERE i.closedOn IS NULL OR i.id IN :keep ORDER BY m.name, i.name""", Object[].class)
                .setParameter("keep", keep)
                .getResultStream().map(row -> new Choice((Long) row[0], row[1] + " (" + row[2] + ")")).toList();
    }

    public List<Choice> partnerChoices() {
        return em.createQuery("SELECT p.id, p.name FROM PartnerOrganisation p ORDER BY p.name", Object[].class)
                .getResultStream().map(row -> new Choice((Long) row[0], (String) row[1])).toList();
    }

    private void describe(Account account, AccountForm form) {
        Institution institution = form.institutionId() == null ? null : institution(form.institutionId(), "institution");
        account.describe(form.email(), form.displayName(), form.jobFunction(), institution, form.language());
        Set<Institution> led = new HashSet<>();
        for (Long ledId : form.ledInstitutionIds()) {
            led.add(institution(ledId, "led"));
        }
        PartnerOrganisation partner = form.partnerOrganisationId() == null ? null
                : em.find(PartnerOrganisation.class, form.partnerOrganisationId());
        account.assignRoles(form.roles(), led, partner);
    }

    /**
     * A partner login is one of its organisation's contact persons, as when a consultant gives a
     * contact a login on the partner's page: the contact is added when the organisation lacks one
     * with the address.
     */
    private void representPartner(Account account) {
        PartnerOrganisation partner = account.getPartnerOrganisation();
        if (partner == null) {
            return;
        }
        PartnerContact contact = partner.getContacts().stream()
                .filter(c -> c.getEmail() != null && Account.normaliseEmail(c.getEmail()).equals(account.getEmail()))
                .findFirst()
                .orElseGet(() -> partner.addContact(account.getDisplayName(), account.getEmail(), null));
        if (contact.getAccount() != account) {
            contact.logInAs(account);
        }
    }

    private void requireAnotherAdministrator(Account account, String field) {
        if (account.getEmail().equals(callers.myEmail())) {
            throw new AccountRuleException(field, "people.account.own-admin");
        }
        // Two administrators removing each other at once must not both see the other one left.
        guards.take("administrators");
        List<Account> others = em.createQuery("""
                        SELECT a FROM Account a WHERE a.active = TRUE AND :admin MEMBER OF a.roles AND a <> :account""",
                        Account.class)
                .setParameter("admin", Role.ADMIN)
                .setParameter("account", account)
                .getResultList();
        if (others.isEmpty()) {
            throw new AccountRuleException(field, "people.account.last-admin");
        }
    }

    /** A well-formed address (the account's own rule, so a refusal is a message) that no other account has. */
    private void requireFreeEmail(String email, Long except) {
        if (email == null || !validator.validateValue(Account.class, "email", Account.normaliseEmail(email)).isEmpty()) {
            throw new AccountRuleException("email", "people.register.email-invalid");
        }
        callers.byTypedEmail(email).filter(found -> !found.getId().equals(except)).ifPresent(found -> {
            throw new AccountRuleException("email", "people.account.email-taken", Account.normaliseEmail(email));
        });
    }

    private Institution institution(long id, String field) {
        Institution institution = em.find(Institution.class, id);
        if (institution == null) {
            throw new AccountRuleException(field, "people.institution.not-found");
        }
        return institution;
    }

    private Account find(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new AccountNotFoundException(String.valueOf(id));
        }
        return account;
    }

    private Map<Long, Set<Role>> rolesOf(List<Long> ids) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a.id, r FROM Account a JOIN a.roles r WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(row -> roles.computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(Role.class)).add((Role) row[1]));
        }
        return roles;
    }

    private static String where(AccountQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.text() != null) {
            where.append(" AND (a.displayName LIKE :text").append(LikePattern.ESCAPE)
                    .append(" OR a.email LIKE :text").append(LikePattern.ESCAPE).append(')');
        }
        if (query.role() != null) {
            where.append(" AND :role MEMBER OF a.roles");
        }
        if (query.institutionId() != null) {
            where.append(" AND a.institution.id = :institution");
        }
        if (query.municipalityId() != null) {
            where.append(" AND a.institution.municipality.id = :municipality");
        }
        if (query.active() != null) {
            where.append(" AND a.active = :active");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> jpql, AccountQuery query) {
        if (query.text() != null) {
            jpql.setParameter("text", LikePattern.containing(query.text()));
        }
        if (query.role() != null) {
            jpql.setParameter("role", query.role());
        }
        if (query.institutionId() != null) {
            jpql.setParameter("institution", query.institutionId());
        }
        if (query.municipalityId() != null) {
            jpql.setParameter("municipality", query.municipalityId());
        }
        if (query.active() != null) {
            jpql.setParameter("active", query.active());
        }
        return jpql;
    }

    private static Set<Long> ids(Set<Institution> institutions) {
        Set<Long> ids = new HashSet<>();
        institutions.forEach(i -> ids.add(i.getId()));
        return ids;
    }
}
