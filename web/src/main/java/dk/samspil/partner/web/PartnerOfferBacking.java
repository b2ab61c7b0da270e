package dk.samspil.partner.web;

import dk.samspil.partner.boundary.OfferEditing;
import dk.samspil.partner.boundary.OfferInput;
import dk.samspil.partner.boundary.OfferNotFoundException;
import dk.samspil.partner.boundary.OfferOptions;
import dk.samspil.partner.boundary.PartnerOffers;
import dk.samspil.partner.boundary.PeriodRow;
import dk.samspil.partner.entity.AgeGroup;
import dk.samspil.partner.entity.OfferPeriod;
import dk.samspil.partner.entity.PartnerOffer;
import dk.samspil.shared.BilingualText;
import dk.samspil.shared.web.AddressParameters;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * partner/offer.xhtml?id=: a partner describes an offer (without an id: a new one), adds and removes
 * its periods, and publishes or withdraws it.
 */
@Named
@ViewScoped
public class PartnerOfferBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnerOffers offers;

    @Inject
    LanguageBacking language;

    private String id;
    private Long offerId;
    private OfferOptions options;
    private OfferEditing editing;

    private String theme;
    private String municipality;
    private Long contact;
    private final BilingualText title = new BilingualText(PartnerOffer.TITLE_MAX);
    private final BilingualText description = new BilingualText(PartnerOffer.DESCRIPTION_MAX);
    private List<AgeGroup> ageGroups = new ArrayList<>();
    private String place;
    private boolean comesToYou;
    private Integer price = 0;

    private LocalDate periodStarts;
    private LocalDate periodEnds;
    private Integer capacity;

    public void load() {
        options = offers.options(language.getLocale());
        if (id == null || id.isEmpty()) {
            return;
        }
        offerId = AddressParameters.id(id);
        try {
            editing = offers.editing(offerId);
        } catch (OfferNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
            return;
        }
        OfferInput input = editing.input();
        theme = input.themeCode();
        municipality = input.municipalityCode();
        contact = input.contactId();
        title.setDa(input.titleDa());
        title.setEn(input.titleEn());
        description.setDa(input.descriptionDa());
        description.setEn(input.descriptionEn());
        ageGroups = new ArrayList<>(input.ageGroups());
        place = input.place();
        comesToYou = input.comesToYou();
        price = input.price();
    }

    /** Saves the description; a new offer gets its address, where its periods are added. */
    public String save() {
        OfferInput input = new OfferInput(theme, municipality, contact, title.getDa(), title.getEn(), description.getDa(),
                description.getEn(), ageGroups.isEmpty() ? EnumSet.noneOf(AgeGroup.class) : EnumSet.copyOf(ageGroups),
                place, comesToYou, price == null ? 0 : price);
        if (offerId == null) {
            offerId = offers.create(input);
            Messages.addFlashGlobalInfo("offer.saved-new");
        } else {
            offers.update(offerId, input);
            Messages.addFlashGlobalInfo("offer.saved");
        }
        return again();
    }

    public String addPeriod() {
        offers.addPeriod(offerId, periodStarts, periodEnds, capacity == null ? 0 : capacity);
        Messages.addFlashGlobalInfo("offer.period.added");
        return again();
    }

    public String removePeriod(PeriodRow period) {
        offers.removePeriod(offerId, period.id());
        Messages.addFlashGlobalInfo("offer.period.removed");
        return again();
    }

    public String publish() {
        offers.publish(offerId);
        Messages.addFlashGlobalInfo("offer.published");
        return again();
    }

    public String withdraw() {
        offers.withdraw(offerId);
        Messages.addFlashGlobalInfo("offer.withdrawn");
        return again();
    }

    private String again() {
        return "/partner/offer.xhtml?faces-redirect=true&id=" + offerId;
    }

    public List<AgeGroup> getAllAgeGroups() {
        return List.of(AgeGroup.values());
    }

    public int getPlaceMax() {
        return PartnerOffer.PLACE_MAX;
    }

    public int getPriceMax() {
        return PartnerOffer.PRICE_MAX;
    }

    public int getCapacityMax() {
        return OfferPeriod.CAPACITY_MAX;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public OfferOptions getOptions() {
        return options;
    }

    public OfferEditing getEditing() {
        return editing;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Long getContact() {
        return contact;
    }

    public void setContact(Long contact) {
        this.contact = contact;
    }

    public BilingualText getTitle() {
        return title;
    }

    public BilingualText getDescription() {
        return description;
    }

    public List<AgeGroup> getAgeGroups() {
        return ageGroups;
    }

    public void setAgeGroups(List<AgeGroup> ageGroups) {
        this.ageGroups = ageGroups;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public boolean isComesToYou() {
        return comesToYou;
    }

    public void setComesToYou(boolean comesToYou) {
        this.comesToYou = comesToYou;
    }

    public Integer getPrice() {
        return price;
    }

    public void setPrice(Integer price) {
        this.price = price;
    }

    public LocalDate getPeriodStarts() {
        return periodStarts;
    }

    public void setPeriodStarts(LocalDate periodStarts) {
        this.periodStarts = periodStarts;
    }

    public LocalDate getPeriodEnds() {
        return periodEnds;
    }

    public void setPeriodEnds(LocalDate periodEnds) {
        this.periodEnds = periodEnds;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
