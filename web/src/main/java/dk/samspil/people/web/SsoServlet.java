package dk.samspil.people.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dk.samspil.people.boundary.Registrations;
import dk.samspil.shared.PublicAddress;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Instant;

import static dk.samspil.shared.SecurityLog.SECURITY;
import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Single sign-on by OpenID Connect's authorization code flow (with PKCE, state and nonce), using
 * the Nimbus OAuth 2.0 / OpenID Connect SDK. {@code GET /sso/login} sends the browser to the
 * provider; {@code GET /sso/callback} takes the code back, exchanges it for tokens, checks the ID
 * token (signature against the provider's keys, issuer, audience, expiry, nonce) and logs the
 * account named by its e-mail claim (which the provider must mark {@code email_verified}) in through Jakarta Security, as the login form does. Any
 * failure ends on the login page with a message and no session.
 */
@WebServlet({SsoServlet.LOGIN, SsoServlet.CALLBACK})
public class SsoServlet extends HttpServlet {

    static final String LOGIN = "/sso/login";
    static final String CALLBACK = "/sso/callback";
    private static final String PENDING = "samspil.sso.pending";
    private static final int TIMEOUT_MILLIS = 5000;

    @Inject
    SsoConfiguration configuration;

    @Inject
    SecurityContext securityContext;

    @Inject
    Registrations registrations;

    private volatile OIDCProviderMetadata provider;

    /** What the callback must find again: the request's state, nonce and PKCE verifier. */
    private record Pending(State state, Nonce nonce, CodeVerifier verifier) implements Serializable {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!configuration.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (LOGIN.equals(request.getServletPath())) {
            sendToProvider(request, response);
        } else {
            SsoIdentity identity;
            try {
                identity = verifiedIdentity(request);
            } catch (SsoFailure | GeneralException | JOSEException | BadJOSEException | IOException e) {
                SECURITY.log(System.Logger.Level.WARNING, "Single sign-on refused: {0}", e.getMessage());
                failed(request, response);
                return;
            }
            if (configuration.registrationAllowed() && !registrations.isKnown(identity.email())) {
                request.changeSessionId();
                request.getSession().setAttribute(SsoIdentity.SESSION_KEY, identity);
                SECURITY.log(System.Logger.Level.INFO, "Single sign-on from {0} for {1}, who has no account: registration offered",
                        configuration.issuer(), identity.email());
                response.sendRedirect(request.getContextPath() + "/register.xhtml");
                return;
            }
            logIn(request, response, identity.email());
        }
    }

    private void sendToProvider(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OIDCProviderMetadata metadata;
        try {
            metadata = provider();
        } catch (GeneralException | IOException e) {
            SECURITY.log(System.Logger.Level.ERROR, "The identity provider {0} cannot be reached: {1}",
                    configuration.issuer(), e.getMessage());
            failed(request, response);
            return;
        }
        Pending pending = new Pending(new State(), new Nonce(), new CodeVerifier());
        request.getSession().setAttribute(PENDING, pending);
        AuthenticationRequest authentication = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "email", "profile"), new ClientID(configuration.clientId()), redirectUri())
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(pending.state())
                .nonce(pending.nonce())
                .codeChallenge(pending.verifier(), CodeChallengeMethod.S256)
                .build();
        response.sendRedirect(authentication.toURI().toString());
    }

    private SsoIdentity verifiedIdentity(HttpServletRequest request)
            throws SsoFailure, GeneralException, JOSEException, BadJOSEException, IOException {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (pending == null) {
            throw new SsoFailure("no sign-on was started in this session");
        }
        session.removeAttribute(PENDING);
        AuthenticationResponse answer = AuthenticationResponseParser.parse(redirectUri(),
                URLUtils.parseParameters(request.getQueryString()));
        if (!answer.indicatesSuccess()) {
            throw new SsoFailure("the provider answered " + answer.toErrorResponse().getErrorObject().getCode());
        }
        if (!pending.state().equals(answer.getState())) {
            throw new SsoFailure("the state does not match the one sent");
        }
        AuthorizationCode code = answer.toSuccessResponse().getAuthorizationCode();
        OIDCProviderMetadata metadata = provider();
        ClientID client = new ClientID(configuration.clientId());
        HTTPRequest exchange = new TokenRequest(metadata.getTokenEndpointURI(),
                new ClientSecretBasic(client, new Secret(configuration.clientSecret())),
                new AuthorizationCodeGrant(code, redirectUri(), pending.verifier())).toHTTPRequest();
        exchange.setConnectTimeout(TIMEOUT_MILLIS);
        exchange.setReadTimeout(TIMEOUT_MILLIS);
        TokenResponse tokens = OIDCTokenResponseParser.parse(exchange.send());
        if (!tokens.indicatesSuccess()) {
            throw new SsoFailure("the code was not exchanged: " + tokens.toErrorResponse().getErrorObject().getCode());
        }
        IDTokenClaimsSet claims = new IDTokenValidator(metadata.getIssuer(), client, JWSAlgorithm.RS256,
                metadata.getJWKSetURI().toURL())
                .validate(((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken(), pending.nonce());
        String email = claims.getStringClaim(configuration.emailClaim());
        if (email == null || email.isBlank()) {
            throw new SsoFailure("the ID token has no " + configuration.emailClaim() + " claim");
        }
        if ("email".equals(configuration.emailClaim()) && !Boolean.TRUE.equals(claims.getBooleanClaim("email_verified"))) {
            // A broker may let people type an address the upstream provider did not give: not proof of anything.
            throw new SsoFailure("the provider has not verified the address " + email);
        }
        String name = claims.getStringClaim("name");
        return new SsoIdentity(email.strip(), name == null ? "" : name.strip(), configuration.issuer(), Instant.now());
    }

    private void logIn(HttpServletRequest request, HttpServletResponse response, String email) throws IOException {
        logIn(securityContext, request, response, new SsoCredential(email, configuration.issuer()));
    }

    /**
     * Logs in the person an identity provider vouched for, through Jakarta Security as the login form
     * does, in a new session id; sends them to their home page, or back to the login page if refused.
     * Also used when a registration begun with single sign-on is finished.
     */
    static void logIn(SecurityContext securityContext, HttpServletRequest request, HttpServletResponse response,
                      SsoCredential credential) throws IOException {
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams().credential(credential));
        if (status == AuthenticationStatus.SUCCESS) {
            SessionGuard.loggedIn(request.getSession());
            response.sendRedirect(request.getContextPath() + HomePages.forCaller(request::isUserInRole));
        } else {
            failed(request, response);
        }
    }

    private static void failed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?sso=failed");
    }

    private OIDCProviderMetadata provider() throws GeneralException, IOException {
        OIDCProviderMetadata known = provider;
        if (known == null) {
            known = OIDCProviderMetadata.resolve(new Issuer(configuration.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
            provider = known;
        }
        return known;
    }

    private static URI redirectUri() {
        return URI.create(PublicAddress.base() + CALLBACK);
    }

    /** A sign-on that must not log anyone in, with the reason for the security log. */
    private static final class SsoFailure extends Exception {
        SsoFailure(String reason) {
            super(reason);
        }
    }
}
