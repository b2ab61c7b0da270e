package dk.samspil.people.web;

import jakarta.security.enterprise.credential.Credential;

/**
 * An e-mail address an identity provider has vouched for in a signed ID token, checked by
 * {@link SsoServlet} before this credential is made; it never comes from a form.
 */
public record SsoCredential(String email, String issuer) implements Credential {
}
