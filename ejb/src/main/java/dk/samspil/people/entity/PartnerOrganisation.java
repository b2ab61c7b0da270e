package dk.samspil.people.entity;

import dk.samspil.shared.LocalizedText;
import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An organisation outside the school system that co-creates courses. */
@NoPersonalData("An organisation; its contact persons are PartnerContact.")
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation {

    public static final int NAME_MAX = 150;
    public static final int DESCRIPTION_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Size(min = 1, max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX, unique = true)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PartnerKind kind;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "description_da", length = DESCRIPTION_MAX)),
            @AttributeOverride(name = "en", column = @Column(name = "description_en", length = DESCRIPTION_MAX))})
    private LocalizedText description;

    @OneToMany(mappedBy = "partner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<PartnerContact> contacts = new ArrayList<>();

    protected PartnerOrganisation() {
    }

    public PartnerOrganisation(String name, PartnerKind kind, LocalizedText description) {
        describe(name, kind, description);
    }

    public void describe(String name, PartnerKind kind, LocalizedText description) {
        this.name = name.strip();
        this.kind = kind;
        this.description = description;
    }

    public PartnerContact addContact(String name, String email, String phone) {
        String normalised = PartnerContact.normalise(email);
        if (contacts.stream().anyMatch(contact -> contact.getEmail().equals(normalised))) {
            throw new PartnerRuleException("email", "partner.contacts.email-taken", normalised);
        }
        PartnerContact contact = new PartnerContact(this, name, normalised, phone);
        contacts.add(contact);
        return contact;
    }

    /** A contact with a login stays: the login is their history (proposals they made). */
    public void removeContact(PartnerContact contact) {
        if (contact.getAccount() != null) {
            throw new PartnerRuleException(null, "partner.contacts.has-login", contact.getName());
        }
        contacts.remove(contact);
    }

    public List<PartnerContact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public LocalizedText getDescription() {
        return description;
    }
}
