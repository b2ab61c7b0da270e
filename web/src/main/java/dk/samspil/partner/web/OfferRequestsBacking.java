package dk.samspil.partner.web;

import dk.samspil.partner.boundary.PartnerOffers;
import dk.samspil.partner.boundary.RequestRow;
import dk.samspil.partner.boundary.ResultPage;
import dk.samspil.partner.entity.OfferRequest;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

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
    private LocalDate date;
    private LocalTime starts;
    private LocalTime ends;

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
        date = row.startsAt().toLocalDate();
        starts = row.startsAt().toLocalTime();
        ends = row.endsAt().toLocalTime();
    }

    public void stop() {
        answering = null;
    }

    public void accept() {
        offers.accept(answering.id(), message);
        done("offer.answer.accepted");
    }

    public void propose() {
        if (date == null || starts == null || ends == null) {
            Messages.addGlobalError("offer.request.times-required");
            return;
        }
        offers.propose(answering.id(), date.atTime(starts), date.atTime(ends), message);
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

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStarts() {
        return starts;
    }

    public void setStarts(LocalTime starts) {
        this.starts = starts;
    }

    public LocalTime getEnds() {
        return ends;
    }

    public void setEnds(LocalTime ends) {
        this.ends = ends;
    }
}
