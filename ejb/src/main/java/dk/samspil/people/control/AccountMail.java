package dk.samspil.people.control;

import java.io.Serializable;

/**
 * A mail about an account, asked for inside a transaction by firing this event: it leaves only if the
 * transaction commits, so a refused change never mails a link to an account that does not exist
 * (the notification capability observes it).
 * {@code key} names the texts {@code mail.<key>.subject} and {@code mail.<key>.body}.
 */
public record AccountMail(String email, String name, String language, String key, Object... arguments)
        implements Serializable {
}
