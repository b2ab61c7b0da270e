package dk.samspil.partner.web;

import dk.samspil.partner.boundary.InstitutionBookings;
import dk.samspil.partner.boundary.RequestRow;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** leader/bookings.xhtml: partners' visits requested and booked for the institutions the leader leads. */
@Named
@RequestScoped
public class InstitutionBookingsBacking {

    @Inject
    InstitutionBookings bookings;

    @Inject
    LanguageBacking language;

    private List<RequestRow> rows;

    @PostConstruct
    void load() {
        rows = bookings.bookings(language.getLocale());
    }

    public List<RequestRow> getRows() {
        return rows;
    }
}
