package dk.samspil.partner.control;

import dk.samspil.partner.entity.OfferRequest;
import dk.samspil.partner.entity.PartnerOffer;
import dk.samspil.people.control.AccountMail;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.shared.PublicAddress;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Tells the other side of a request what happened, by mail in the recipient's language: the
 * partner's logins hear of a new request, a cancellation and a proposal taken; the requester hears
 * the partner's answer. Each mail leaves only once the change has committed ({@link AccountMail}).
 * Arguments of every text: {0} the offer, {1} the institution and class, {2} the day, {3} the
 * times, {4} who acted, {5} their note (or nothing), {6} the page to open.
 */
@Dependent
public class OfferMails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    Callers callers;

    @Inject
    Event<AccountMail> mails;

    /** To the partner's logins: a new request, the requester's cancellation, or the proposed time taken. */
    public void toPartner(OfferRequest request, String key, String note) {
        PartnerOffer offer = request.getOffer();
        for (Account login : callers.loginsOf(offer.getPartner())) {
            send(login, key, request, request.getRequestedBy().getDisplayName(), note, "/partner/offer-requests.xhtml");
        }
    }

    /** To the requester: the partner's answer. */
    public void toRequester(OfferRequest request, String key, Account partner, String note) {
        send(request.getRequestedBy(), key, request, partner.getDisplayName() + " (" + request.getOffer().getPartner().getName()
                + ")", note, "/participant/bookings.xhtml");
    }

    private void send(Account recipient, String key, OfferRequest request, String actor, String note, String page) {
        Locale locale = Locale.forLanguageTag(recipient.getLanguage());
        mails.fire(new AccountMail(recipient.getEmail(), recipient.getDisplayName(), recipient.getLanguage(), key,
                request.getOffer().getTitle().in(locale),
                request.getInstitution().getName() + ", " + request.getClassLabel(),
                DAY.format(request.getStartsAt()),
                TIME.format(request.getStartsAt()) + "–" + TIME.format(request.getEndsAt()),
                actor, note == null || note.isBlank() ? "" : "\n\n\u201c" + note.strip() + "\u201d",
                PublicAddress.base() + page));
    }
}
