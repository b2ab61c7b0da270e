package dk.samspil.partner.web;

import dk.samspil.partner.boundary.MyOfferRow;
import dk.samspil.partner.boundary.PartnerOffers;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** partner/offers.xhtml: the caller's organisation's offers to schools, with their open requests and bookings. */
@Named
@RequestScoped
public class PartnerOffersBacking {

    @Inject
    PartnerOffers offers;

    @Inject
    LanguageBacking language;

    private List<MyOfferRow> rows;

    @PostConstruct
    void load() {
        rows = offers.mine(language.getLocale());
    }

    public List<MyOfferRow> getRows() {
        return rows;
    }
}
