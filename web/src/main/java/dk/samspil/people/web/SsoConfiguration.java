package dk.samspil.people.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Single sign-on by OpenID Connect, configured by the environment (or the same names as system
 * properties in lower case with dots, e.g. {@code samspil.oidc.issuer}): {@code OIDC_ISSUER} (the
 * provider, e.g. a Keycloak realm brokering Unilogin and WAYF), {@code OIDC_CLIENT_ID},
 * {@code OIDC_CLIENT_SECRET} and {@code OIDC_EMAIL_CLAIM} (default {@code email}): the claim whose
 * value is the Samspil account's e-mail address. Without an issuer there is no single sign-on, and
 * the login page offers only the local login.
 */
@Named
@ApplicationScoped
public class SsoConfiguration {

    public boolean isEnabled() {
        return issuer() != null && clientId() != null && clientSecret() != null;
    }

    String issuer() {
        return setting("samspil.oidc.issuer", "OIDC_ISSUER", null);
    }

    String clientId() {
        return setting("samspil.oidc.client-id", "OIDC_CLIENT_ID", null);
    }

    String clientSecret() {
        return setting("samspil.oidc.client-secret", "OIDC_CLIENT_SECRET", null);
    }

    /**
     * Whether a person the provider vouches for, but who has no account, may register with the name
     * and address from the ID token ({@code OIDC_REGISTRATION=true}); off unless switched on.
     */
    boolean registrationAllowed() {
        return "true".equalsIgnoreCase(setting("samspil.oidc.registration", "OIDC_REGISTRATION", "false"));
    }

    String emailClaim() {
        return setting("samspil.oidc.email-claim", "OIDC_EMAIL_CLAIM", "email");
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property, System.getenv(variable));
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
