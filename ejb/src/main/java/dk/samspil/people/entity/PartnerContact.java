package dk.samspil.people.entity;

import dk.samspil.shared.PersonalData.Kind;
import dk.samspil.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


/** A person at a partner organisation the consultants work with; may be given a PARTNER login. */
@Entity
@Table(name = "partner_contact")
public class PartnerContact {

    public static final int NAME_MAX = Account.NAME_MAX;
    public static final int PHONE_MAX = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_organisation_id", nullable = false)
    private PartnerOrganisation partner;

    @NotNull
    @Size(min = 1, max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    @PersonalData(Kind.IDENTITY)
    private String name;

    @NotNull
    @Email
    @Size(min = 3, max = Account.EMAIL_MAX)
    @Column(nullable = false, length = Account.EMAIL_MAX)
    @PersonalData(Kind.IDENTITY)
    private String email;

    @Size(max = PHONE_MAX)
    @Column(length = PHONE_MAX)
    @PersonalData(Kind.IDENTITY)
    private String phone;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", unique = true)
    @PersonalData(Kind.PERSON)
    private Account account;

    protected PartnerContact() {
    }

    PartnerContact(PartnerOrganisation partner, String name, String email, String phone) {
        this.partner = partner;
        this.name = name.strip();
        this.email = email;
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    static String normalise(String email) {
        return Account.normaliseEmail(email);
    }

    /** The login made for this contact; it represents the contact's organisation. */
    public void logInAs(Account login) {
        if (account != null) {
            throw new PartnerRuleException(null, "partner.contacts.login-exists", name);
        }
        login.representPartner(partner);
        this.account = login;
    }

    public Long getId() {
        return id;
    }

    public PartnerOrganisation getPartner() {
        return partner;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Account getAccount() {
        return account;
    }
}
