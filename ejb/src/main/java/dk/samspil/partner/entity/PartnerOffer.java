package dk.samspil.partner.entity;

import dk.samspil.catalog.entity.Theme;
import dk.samspil.people.entity.Municipality;
import dk.samspil.people.entity.PartnerContact;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.shared.LocalizedText;
import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Something a partner organisation offers schools and daycares (Åben skole): a visit, a workshop,
 * a volunteer programme. It has a theme, the age groups it suits, a place or "we come to you", a
 * price per class (0 = free), a contact, and periods that each take a number of classes. Only a
 * published offer can be found and requested; withdrawing it keeps the requests already made.
 */
@NoPersonalData("An organisation's offer; its contact person is a PartnerContact.")
@Entity
@Table(name = "partner_offer")
public class PartnerOffer {

    public static final int TITLE_MAX = 150;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int PLACE_MAX = 200;
    public static final int PRICE_MAX = 100_000;
    public static final int PERIODS_MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_organisation_id", nullable = false)
    private PartnerOrganisation partner;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id", nullable = false)
    private PartnerContact contact;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id", nullable = false)
    private Theme theme;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "title_da", length = TITLE_MAX, nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "title_en", length = TITLE_MAX))})
    private LocalizedText title;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "description_da", length = DESCRIPTION_MAX, nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "description_en", length = DESCRIPTION_MAX))})
    private LocalizedText description;

    @Size(max = PLACE_MAX)
    @Column(length = PLACE_MAX)
    private String place;

    @Column(name = "comes_to_you", nullable = false)
    private boolean comesToYou;

    @Min(0)
    @Max(PRICE_MAX)
    @Column(nullable = false)
    private int price;

    @Column(nullable = false)
    private boolean published;

    @ElementCollection
    @CollectionTable(name = "partner_offer_age_group", joinColumns = @JoinColumn(name = "offer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "age_group", nullable = false, length = 11)
    private Set<AgeGroup> ageGroups = EnumSet.noneOf(AgeGroup.class);

    @OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsOn")
    private List<OfferPeriod> periods = new ArrayList<>();

    @Version
    private long version;

    protected PartnerOffer() {
    }

    public PartnerOffer(PartnerOrganisation partner, Description what) {
        this.partner = partner;
        describe(what);
    }

    /** What an offer says about itself, as its partner writes it. */
    public record Description(PartnerContact contact, Theme theme, Municipality municipality, LocalizedText title,
                              LocalizedText description, Set<AgeGroup> ageGroups, String place, boolean comesToYou,
                              int price) {
    }

    public void describe(Description what) {
        if (what.contact() == null || !isOurs(what.contact())) {
            throw new OfferRefusedException("contact", "offer.contact.not-ours");
        }
        if (what.ageGroups() == null || what.ageGroups().isEmpty()) {
            throw new OfferRefusedException("ageGroups", "offer.age-groups.required");
        }
        String where = what.place() == null || what.place().isBlank() ? null : what.place().strip();
        if (where == null && !what.comesToYou()) {
            throw new OfferRefusedException("place", "offer.place.required");
        }
        if (where != null && where.length() > PLACE_MAX) {
            throw new OfferRefusedException("place", "offer.too-long", PLACE_MAX);
        }
        if (what.price() < 0 || what.price() > PRICE_MAX) {
            throw new OfferRefusedException("price", "offer.price.range", PRICE_MAX);
        }
        checkLength(what.title(), TITLE_MAX, "title-da");
        checkLength(what.description(), DESCRIPTION_MAX, "description-da");
        this.contact = what.contact();
        this.theme = what.theme();
        this.municipality = what.municipality();
        this.title = what.title();
        this.description = what.description();
        this.ageGroups = EnumSet.copyOf(what.ageGroups());
        this.place = where;
        this.comesToYou = what.comesToYou();
        this.price = what.price();
    }

    private boolean isOurs(PartnerContact contact) {
        PartnerOrganisation theirs = contact.getPartner();
        return theirs == partner || theirs.getId() != null && theirs.getId().equals(partner.getId());
    }

    private static void checkLength(LocalizedText text, int max, String field) {
        if (text == null) {
            throw new OfferRefusedException(field, "offer.required");
        }
        if (text.da().length() > max || text.en() != null && text.en().length() > max) {
            throw new OfferRefusedException(field, "offer.too-long", max);
        }
    }

    /** A period in which the partner takes up to {@code capacity} classes; periods never overlap, so a day names one. */
    public OfferPeriod addPeriod(LocalDate startsOn, LocalDate endsOn, int capacity, LocalDate today) {
        if (periods.size() >= PERIODS_MAX) {
            throw new OfferRefusedException("periodStarts", "offer.period.too-many", PERIODS_MAX);
        }
        OfferPeriod period = new OfferPeriod(this, startsOn, endsOn, capacity, today);
        if (periods.stream().anyMatch(other -> other.overlaps(period))) {
            throw new OfferRefusedException("periodStarts", "offer.period.overlaps");
        }
        periods.add(period);
        return period;
    }

    /** A period nobody has asked for yet can go; one with requests is their history. */
    public void removePeriod(OfferPeriod period, long requests) {
        if (requests > 0) {
            throw new OfferRefusedException(null, "offer.period.has-requests");
        }
        periods.remove(period);
    }

    public Optional<OfferPeriod> periodOn(LocalDate day) {
        return periods.stream().filter(period -> period.contains(day)).findFirst();
    }

    /** An offer is found and requested only once it has a period to request. */
    public void publish() {
        if (periods.isEmpty()) {
            throw new OfferRefusedException(null, "offer.publish.no-period");
        }
        published = true;
    }

    public void withdraw() {
        published = false;
    }

    public boolean suits(AgeGroup group) {
        return ageGroups.contains(group);
    }

    public Long getId() {
        return id;
    }

    public PartnerOrganisation getPartner() {
        return partner;
    }

    public PartnerContact getContact() {
        return contact;
    }

    public Theme getTheme() {
        return theme;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public String getPlace() {
        return place;
    }

    public boolean isComesToYou() {
        return comesToYou;
    }

    public int getPrice() {
        return price;
    }

    public boolean isPublished() {
        return published;
    }

    public Set<AgeGroup> getAgeGroups() {
        return Collections.unmodifiableSet(ageGroups);
    }

    public List<OfferPeriod> getPeriods() {
        return Collections.unmodifiableList(periods);
    }
}
