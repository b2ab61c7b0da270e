package dk.samspil.story.control;

import dk.samspil.people.control.AccountMail;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.shared.PublicAddress;
import dk.samspil.story.entity.PracticeStory;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.Collection;

/**
 * Tells the people around a story what happened to it, by mail in the recipient's language once the
 * change has committed ({@link AccountMail}): a named organisation's logins are asked for consent; the
 * author hears that an organisation refused or withdrew its consent, or that a consultant hid the
 * story. Arguments of every text: {0} the story's title, {1} the author, {2} the organisation or
 * consultant, {3} the reason (or nothing), {4} the page to open.
 */
@Dependent
public class StoryMails {

    @Inject
    Callers callers;

    @Inject
    Event<AccountMail> mails;

    public void askConsent(PracticeStory story, Collection<PartnerOrganisation> partners) {
        for (PartnerOrganisation partner : partners) {
            for (Account login : callers.loginsOf(partner)) {
                send(login, "story-consent-asked", story, partner.getName(), null, "/partner/stories.xhtml");
            }
        }
    }

    public void refused(PracticeStory story, PartnerOrganisation partner) {
        send(story.getAuthor(), "story-consent-refused", story, partner.getName(), null, "/participant/story.xhtml?id=" + story.getId());
    }

    public void hidden(PracticeStory story, Account consultant, String reason) {
        send(story.getAuthor(), "story-hidden", story, consultant.getDisplayName(), reason,
                "/participant/story.xhtml?id=" + story.getId());
    }

    private void send(Account recipient, String key, PracticeStory story, String other, String reason, String page) {
        if (!recipient.isActive()) {
            return;
        }
        mails.fire(new AccountMail(recipient.getEmail(), recipient.getDisplayName(), recipient.getLanguage(), key,
                story.getTitle(), story.getAuthor().getDisplayName(), other,
                reason == null || reason.isBlank() ? "" : "\n\n\u201c" + reason.strip() + "\u201d",
                PublicAddress.base() + page));
    }
}
