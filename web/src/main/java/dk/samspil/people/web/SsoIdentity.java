package dk.samspil.people.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Who the identity provider (the issuer) vouched for (a verified address and a name) when that person had no
 * account and registration through single sign-on is switched on: kept in the session until the
 * registration page has used it.
 */
record SsoIdentity(String email, String name, String issuer, Instant vouchedAt) implements Serializable {

    static final String SESSION_KEY = "samspil.sso.identity";
    /** How long the provider's word is taken for it: a registration left unfinished does not wait for the next user of the browser. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    boolean isFresh(Instant now) {
        return now.isBefore(vouchedAt.plus(LIFETIME));
    }
}
