package dk.samspil.partner.web;

import dk.samspil.partner.boundary.OfferRequests;
import dk.samspil.partner.boundary.RequestRow;
import dk.samspil.partner.boundary.ResultPage;
import dk.samspil.shared.web.AddressParameters;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;

/** participant/bookings.xhtml: the caller's requests for partners' offers, their history, and the answers left to them. */
@Named
@ViewScoped
public class MyBookingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfferRequests requests;

    @Inject
    LanguageBacking language;

    private int page;
    private ResultPage<RequestRow> rows;

    @PostConstruct
    void load() {
        page = AddressParameters.page(Faces.getRequestParameter("page"));
        rows = requests.mine(page, language.getLocale());
    }

    public void acceptProposal(RequestRow row) {
        requests.acceptProposal(row.id());
        Messages.addGlobalInfo("offer.request.proposal-accepted", row.offerTitle());
        rows = requests.mine(page, language.getLocale());
    }

    public void cancel(RequestRow row) {
        requests.cancel(row.id(), null);
        Messages.addGlobalInfo("offer.request.cancelled", row.offerTitle());
        rows = requests.mine(page, language.getLocale());
    }

    public ResultPage<RequestRow> getRows() {
        return rows;
    }
}
