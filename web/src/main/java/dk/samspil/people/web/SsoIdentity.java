package dk.samspil.people.web;

import java.io.Serializable;

/**
 * Who the identity provider (the issuer) vouched for (a verified address and a name) when that person had no
 * account and registration through single sign-on is switched on: kept in the session until the
 * registration page has used it.
 */
record SsoIdentity(String email, String name, String issuer) implements Serializable {

    static final String SESSION_KEY = "samspil.sso.identity";
}
