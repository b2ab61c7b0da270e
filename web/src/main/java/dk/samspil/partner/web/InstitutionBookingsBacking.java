package dk.samspil.partner.web;

import dk.samspil.partner.boundary.InstitutionBookings;
import dk.samspil.partner.boundary.RequestRow;
import dk.samspil.partner.boundary.ResultPage;
import dk.samspil.shared.web.AddressParameters;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;


/** leader/bookings.xhtml?page=: partners' visits requested and booked for the institutions the leader leads. */
@Named
@RequestScoped
public class InstitutionBookingsBacking {

    @Inject
    InstitutionBookings bookings;

    @Inject
    LanguageBacking language;

    private ResultPage<RequestRow> rows;

    @PostConstruct
    void load() {
        rows = bookings.bookings(AddressParameters.page(Faces.getRequestParameter("page")), language.getLocale());
    }

    public ResultPage<RequestRow> getRows() {
        return rows;
    }
}
