package dk.samspil.partner.web;

import dk.samspil.partner.boundary.PartnerOffers;
import dk.samspil.partner.boundary.RequestRow;
import dk.samspil.partner.boundary.ResultPage;
import dk.samspil.partner.entity.OfferRequest;
import dk.samspil.shared.web.AddressParameters;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;

/**
 * partner/offer-requests.xhtml?page=: the requests for the organisation's offers. The partner opens one
 * to answer it: accept, propose another day and time, or decline, with a note the requester reads.
 */
@Named
@ViewScoped
public class OfferRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnerOffers offers;

    @Inject
    LanguageBacking language;

    private int page;
    private ResultPage<RequestRow> rows;
    private RequestRow answering;
    private String message;
    private VisitTime time = new VisitTime();

    @PostConstruct
    void init() {
        page = AddressParameters.page(Faces.getRequestParameter("page"));
        load();
    }

    private void load() {
        rows = offers.requests(page, language.getLocale());
    }

    public void answer(RequestRow row) {
        answering = row;
        message = null;
        time = VisitTime.of(row.startsAt(), row.endsAt());
    }

    public void stop() {
        answering = null;
    }

    public void accept() {
        offers.accept(answering.id(), message);
        done("offer.answer.accepted");
    }

    public void propose() {
        if (!time.isComplete()) {
            Messages.addGlobalError("offer.request.times-required");
            return;
        }
        offers.propose(answering.id(), time.startsAt(), time.endsAt(), message);
        done("offer.answer.proposed");
    }

    public void decline() {
        offers.decline(answering.id(), message);
        done("offer.answer.declined");
    }

    private void done(String key) {
        Messages.addGlobalInfo(key, answering.offerTitle(), answering.institution());
        answering = null;
        load();
    }

    public int getMessageMax() {
        return OfferRequest.MESSAGE_MAX;
    }

    public ResultPage<RequestRow> getRows() {
        return rows;
    }

    public RequestRow getAnswering() {
        return answering;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public VisitTime getTime() {
        return time;
    }
}
