package dk.samspil.enrolment.web;

import dk.samspil.enrolment.boundary.CalendarFeed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The caller's personal calendar feed (WEB-INF/includes/calendar-feed.xhtml), on a participant's
 * courses page and a partner's requests page: its address, a webcal: link, and renewing the secret.
 */
@Named
@RequestScoped
public class CalendarFeedBacking {

    @Inject
    CalendarFeed calendar;

    private String url;

    /** The feed's address; the secret in it is made the first time it is shown. */
    public String getUrl() {
        if (url == null) {
            url = Faces.getRequestBaseURL() + "api/calendar/" + calendar.myToken() + ".ics";
        }
        return url;
    }

    /** The address for calendar programs that subscribe by a webcal: link. */
    public String getWebcalUrl() {
        return getUrl().replaceFirst("^https?://", "webcal://");
    }

    /** A new secret closes the old address; the page is shown again with the new one. */
    public String renew() {
        calendar.renewToken();
        Messages.addFlashGlobalInfo("enrolment.my-courses.calendar-renewed");
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
