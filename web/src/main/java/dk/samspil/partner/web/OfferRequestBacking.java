package dk.samspil.partner.web;

import dk.samspil.partner.boundary.OfferNotFoundException;
import dk.samspil.partner.boundary.OfferRequests;
import dk.samspil.partner.boundary.RequestContext;
import dk.samspil.partner.entity.AgeGroup;
import dk.samspil.partner.entity.OfferRequest;
import dk.samspil.shared.web.AddressParameters;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/** participant/offer-request.xhtml?offer=: a teacher or leader asks a partner for a visit to a class at their workplace. */
@Named
@ViewScoped
public class OfferRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfferRequests requests;

    @Inject
    LanguageBacking language;

    private String offer;
    private RequestContext context;
    private String classLabel;
    private AgeGroup ageGroup;
    private Integer pupils;
    private final VisitTime time = new VisitTime();
    private String message;

    public void load() {
        try {
            context = requests.context(AddressParameters.id(offer), language.getLocale());
        } catch (OfferNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
            return;
        }
        if (ageGroup == null && context.offer().ageGroups().size() == 1) {
            ageGroup = context.offer().ageGroups().get(0);
        }
    }

    /** Sends the request and shows it among the caller's requests (post-redirect-get). */
    public String send() {
        requests.request(AddressParameters.id(offer), new OfferRequest.Wish(classLabel, ageGroup, pupils == null ? 0 : pupils,
                time.startsAt(), time.endsAt(), message));
        Messages.addFlashGlobalInfo("offer.request.sent", context.offer().title());
        return "/participant/bookings.xhtml?faces-redirect=true";
    }

    public List<AgeGroup> getAgeGroups() {
        return context.offer().ageGroups();
    }

    public int getClassMax() {
        return OfferRequest.CLASS_MAX;
    }

    public int getPupilsMax() {
        return OfferRequest.PUPILS_MAX;
    }

    public int getMessageMax() {
        return OfferRequest.MESSAGE_MAX;
    }

    public String getOffer() {
        return offer;
    }

    public void setOffer(String offer) {
        this.offer = offer;
    }

    public RequestContext getContext() {
        return context;
    }

    public String getClassLabel() {
        return classLabel;
    }

    public void setClassLabel(String classLabel) {
        this.classLabel = classLabel;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public void setAgeGroup(AgeGroup ageGroup) {
        this.ageGroup = ageGroup;
    }

    public Integer getPupils() {
        return pupils;
    }

    public void setPupils(Integer pupils) {
        this.pupils = pupils;
    }

    public VisitTime getTime() {
        return time;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
