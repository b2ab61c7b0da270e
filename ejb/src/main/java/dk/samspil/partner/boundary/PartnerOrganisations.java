package dk.samspil.partner.boundary;

import dk.samspil.partner.boundary.PartnerDetails.ContactRow;
import dk.samspil.people.entity.PartnerContact;
import dk.samspil.people.entity.PartnerKind;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.people.entity.PartnerRuleException;
import dk.samspil.people.control.PasswordHashing;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The consultants register the organisations they co-create with, and their contact persons. A
 * contact can be given a PARTNER login; an organisation that takes part in courses is never deleted.
 */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class PartnerOrganisations {

    /** No 0/O or 1/l/I, so the password survives being read aloud or copied by hand. */
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    /** Every organisation with its numbers of contacts, logins and courses: three statements. */
    public List<PartnerRow> findAll() {
        Map<Long, Object[]> contacts = em.createQuery("""
                        SELECT c.partner.id, COUNT(c), COUNT(c.account) FROM PartnerContact c GROUP BY c.partner.id""",
                        Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> row));
        Map<Long, Long> courses = em.createQuery("""
                        SELECT p.partner.id, COUNT(DISTINCT p.course) FROM CoursePartner p GROUP BY p.partner.id""",
                        Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return em.createQuery("SELECT p FROM PartnerOrganisation p ORDER BY p.name", PartnerOrganisation.class)
                .getResultStream()
                .map(p -> {
                    Object[] counts = contacts.getOrDefault(p.getId(), new Object[]{p.getId(), 0L, 0L});
                    return new PartnerRow(p.getId(), p.getName(), p.getKind(), (Long) counts[1], (Long) counts[2],
                            courses.getOrDefault(p.getId(), 0L));
                })
                .toList();
    }

    public PartnerDetails get(long id) {
        PartnerOrganisation partner = find(id);
        List<String> courses = em.createQuery("""
                        SELECT DISTINCT c.code FROM CoursePartner p JOIN p.course c WHERE p.partner = :partner
                        ORDER BY c.code""", String.class)
                .setParameter("partner", partner)
                .getResultList();
        return new PartnerDetails(partner.getId(), partner.getName(), partner.getKind(),
                partner.getDescription() == null ? null : partner.getDescription().da(),
                partner.getDescription() == null ? null : partner.getDescription().en(),
                partner.getContacts().stream().map(c -> new ContactRow(c.getId(), c.getName(), c.getEmail(),
                        c.getPhone(), c.getAccount() != null)).toList(),
                courses);
    }

    public long register(String name, PartnerKind kind, String descriptionDa, String descriptionEn) {
        requireFreeName(name, null);
        PartnerOrganisation partner = new PartnerOrganisation(name, kind, LocalizedText.optional(descriptionDa, descriptionEn));
        em.persist(partner);
        em.flush();
        return partner.getId();
    }

    public void revise(long id, String name, PartnerKind kind, String descriptionDa, String descriptionEn) {
        requireFreeName(name, id);
        find(id).describe(name, kind, LocalizedText.optional(descriptionDa, descriptionEn));
    }

    /** Refused while anything refers to the organisation: course links, hosted sessions, proposals or logins. */
    public void delete(long id) {
        PartnerOrganisation partner = find(id);
        long uses = count("SELECT COUNT(p) FROM CoursePartner p WHERE p.partner = :partner", partner)
                + count("SELECT COUNT(s) FROM CourseSession s WHERE s.hostPartner = :partner", partner)
                + count("SELECT COUNT(p) FROM ModuleProposal p WHERE p.partner = :partner", partner)
                + count("SELECT COUNT(a) FROM Account a WHERE a.partnerOrganisation = :partner", partner);
        if (uses > 0) {
            throw new PartnerRuleException(null, "partner.organisations.in-use", partner.getName());
        }
        em.remove(partner);
    }

    public void addContact(long id, String name, String email, String phone) {
        find(id).addContact(name, email, phone);
    }

    public void removeContact(long id, long contactId) {
        PartnerOrganisation partner = find(id);
        partner.removeContact(contact(partner, contactId));
    }

    /**
     * Makes a PARTNER login for the contact and returns its first password, shown once to the
     * consultant to pass on; only its hash is stored.
     */
    public String grantLogin(long id, long contactId) {
        PartnerContact contact = contact(find(id), contactId);
        boolean taken = !em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", contact.getEmail()).getResultList().isEmpty();
        if (taken) {
            throw new PartnerRuleException(null, "partner.contacts.email-has-account", contact.getEmail());
        }
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length()));
        }
        Account login = new Account(contact.getEmail(), contact.getName(), hashing.hash(password));
        login.assignRoles(EnumSet.of(Role.PARTNER), Set.of(), contact.getPartner());
        contact.logInAs(login);
        em.persist(login);
        return new String(password);
    }

    private PartnerOrganisation find(long id) {
        PartnerOrganisation partner = em.find(PartnerOrganisation.class, id);
        if (partner == null) {
            throw new PartnerNotFoundException("partner", id);
        }
        return partner;
    }

    private static PartnerContact contact(PartnerOrganisation partner, long contactId) {
        return partner.getContacts().stream().filter(c -> c.getId() == contactId).findFirst()
                .orElseThrow(() -> new PartnerNotFoundException("contact", contactId));
    }

    private void requireFreeName(String name, Long except) {
        boolean taken = em.createQuery("SELECT p.id FROM PartnerOrganisation p WHERE p.name = :name", Long.class)
                .setParameter("name", name.strip())
                .getResultStream().anyMatch(found -> !found.equals(except));
        if (taken) {
            throw new PartnerRuleException("name", "partner.organisations.name-taken", name.strip());
        }
    }

    private long count(String jpql, PartnerOrganisation partner) {
        return em.createQuery(jpql, Long.class).setParameter("partner", partner).getSingleResult();
    }
}
