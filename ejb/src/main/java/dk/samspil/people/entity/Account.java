package dk.samspil.people.entity;

import dk.samspil.shared.DanishTime;
import dk.samspil.shared.PersonalData.Kind;
import dk.samspil.shared.PersonalData;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A person who can log in. The e-mail address is the login name and the caller principal. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.BY_EMAIL_WITH_INSTITUTION,
        query = "SELECT a FROM Account a LEFT JOIN FETCH a.institution WHERE a.email = :email")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String BY_EMAIL_WITH_INSTITUTION = "Account.byEmailWithInstitution";
    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 120;
    /** The password hash of an account made by an import: no password matches it until one is set. */
    public static final String NO_PASSWORD = "!";
    private static final SecureRandom TOKENS = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Email
    @Size(min = 3, max = EMAIL_MAX)
    @Column(nullable = false, length = EMAIL_MAX, unique = true)
    @PersonalData(Kind.IDENTITY)
    private String email;

    @NotNull
    @Size(min = 1, max = NAME_MAX)
    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    @PersonalData(Kind.IDENTITY)
    private String displayName;

    @NotNull
    @Size(max = 255)
    @Column(name = "password_hash", nullable = false)
    @PersonalData(Kind.IDENTITY)
    private String passwordHash;

    @NotNull
    @Pattern(regexp = "da|en")
    @Column(nullable = false, length = 2)
    private String language = "da";

    @Column(nullable = false)
    private boolean active = true;

    /** Since when the account has been deactivated: retention anonymises it after a while. */
    @Column(name = "deactivated_at")
    @PersonalData(Kind.ACTIVITY)
    private LocalDateTime deactivatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_function", length = 20)
    @PersonalData(Kind.IDENTITY)
    private JobFunction jobFunction;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    @PersonalData(Kind.IDENTITY)
    private Institution institution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_organisation_id")
    private PartnerOrganisation partnerOrganisation;

    /** Read when asked for (login, administration), batched by the queries that list accounts. */
    @ElementCollection
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "leader_institution",
            joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "institution_id"))
    private Set<Institution> ledInstitutions = new HashSet<>();

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private LocalDateTime createdAt;

    /** The secret in the address of the person's calendar feed; null until they ask for one. */
    @Column(name = "calendar_token", length = 43, unique = true)
    @PersonalData(Kind.IDENTITY)
    private String calendarToken;

    /** When the password was last set; sessions that began before it end (see the session guard). */
    @Column(name = "password_changed_at")
    @PersonalData(Kind.ACTIVITY)
    private LocalDateTime passwordChangedAt;

    /** False for a self-registered person until the mailed link proves the address is theirs; until then they cannot log in. */
    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified = true;

    /**
     * The institution a self-registered person says they work at, until one of its leaders confirms
     * it (then it becomes {@link #institution}) or declines. Until then the person is nobody's staff.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requested_institution_id")
    @PersonalData(Kind.IDENTITY)
    private Institution requestedInstitution;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
    }

    /** How an address is stored and compared: trimmed and in lower case. */
    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    /**
     * The roles an administrator gives, with what each needs: a leader leads named institutions, a
     * partner contact belongs to a partner organisation; an account has at least one role. What a role
     * no longer held needed is let go (a former leader leads nothing).
     */
    public void assignRoles(Set<Role> granted, Set<Institution> led, PartnerOrganisation partner) {
        if (granted.isEmpty()) {
            throw new AccountRuleException("roles", "people.account.no-role");
        }
        if (granted.contains(Role.LEADER) && led.isEmpty()) {
            throw new AccountRuleException("led", "people.account.leader-needs-institution");
        }
        if (!granted.contains(Role.LEADER) && !led.isEmpty()) {
            throw new AccountRuleException("led", "people.account.institutions-need-leader");
        }
        if (granted.contains(Role.PARTNER) != (partner != null)) {
            throw new AccountRuleException("partner", granted.contains(Role.PARTNER)
                    ? "people.account.partner-needs-organisation" : "people.account.organisation-needs-partner");
        }
        Set<Role> newRoles = EnumSet.copyOf(granted);
        Set<Institution> newLed = new HashSet<>(led);
        roles.clear();
        roles.addAll(newRoles);
        ledInstitutions.clear();
        ledInstitutions.addAll(newLed);
        partnerOrganisation = partner;
    }

    /** Name, address and job of an account as an administrator corrects them. */
    public void describe(String email, String displayName, JobFunction jobFunction, Institution institution, String language) {
        if (institution != null && institution != this.institution && institution.isClosed()) {
            throw new AccountRuleException("institution", "people.account.institution-closed", institution.getName());
        }
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.jobFunction = jobFunction;
        this.institution = institution;
        if (institution != null && institution == requestedInstitution) {
            requestedInstitution = null;
        }
        changeLanguage(language);
    }

    /** False for an account made by someone else (an invitation, a staff import) until its person sets a password. */
    public boolean hasPassword() {
        return !NO_PASSWORD.equals(passwordHash);
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    /** A self-registered account waits for its address to be proven before anyone can log in with it. */
    public void awaitVerification() {
        emailVerified = false;
    }

    public void verifyEmail() {
        emailVerified = true;
    }

    /** Whether a correct password (or single sign-on) lets this person in. */
    public boolean mayLogIn() {
        return active && emailVerified;
    }

    /** A self-registered person names where they work; it counts only once a leader there confirms. */
    public void askToJoin(Institution institution) {
        if (institution != null && institution.isClosed()) {
            throw new AccountRuleException("institution", "people.account.institution-closed", institution.getName());
        }
        this.requestedInstitution = institution;
    }

    /** A leader of the requested institution confirms that the person works there. */
    public void confirmEmployment() {
        if (requestedInstitution == null) {
            throw new AccountRuleException(null, "people.staff-requests.nothing-to-confirm");
        }
        if (requestedInstitution.isClosed()) {
            throw new AccountRuleException(null, "people.account.institution-closed", requestedInstitution.getName());
        }
        institution = requestedInstitution;
        requestedInstitution = null;
    }

    /** A leader of the requested institution says the person does not work there. */
    public void declineEmployment() {
        requestedInstitution = null;
    }

    public Institution getRequestedInstitution() {
        return requestedInstitution;
    }

    public void employAt(Institution institution, JobFunction jobFunction) {
        this.institution = institution;
        this.jobFunction = jobFunction;
    }

    public void lead(Institution institution) {
        if (!roles.contains(Role.LEADER)) {
            throw new IllegalStateException("Only a leader can lead an institution");
        }
        ledInstitutions.add(institution);
    }

    public void representPartner(PartnerOrganisation partner) {
        this.partnerOrganisation = partner;
    }

    /** A new secret for the calendar feed: the old address stops working at once. */
    public String renewCalendarToken() {
        byte[] secret = new byte[32];
        TOKENS.nextBytes(secret);
        calendarToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return calendarToken;
    }

    public String getCalendarToken() {
        return calendarToken;
    }

    public void changeLanguage(String language) {
        if (!"da".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("Unsupported language: " + language);
        }
        this.language = language;
    }

    /** A deactivated account cannot log in; its history stays. */
    public void deactivate() {
        if (active) {
            this.deactivatedAt = DanishTime.now();
        }
        this.active = false;
    }

    /** Back at work, e.g. named again in an institution's staff file. */
    public void reactivate() {
        this.active = true;
        this.deactivatedAt = null;
    }

    /** A new password (its hash); every session begun before {@code now} ends at its next request. */
    public void changePassword(String passwordHash, LocalDateTime now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    public LocalDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public void rename(String displayName) {
        this.displayName = displayName.strip();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isActive() {
        return active;
    }

    public JobFunction getJobFunction() {
        return jobFunction;
    }

    public Institution getInstitution() {
        return institution;
    }

    public PartnerOrganisation getPartnerOrganisation() {
        return partnerOrganisation;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<Institution> getLedInstitutions() {
        return Collections.unmodifiableSet(ledInstitutions);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
