package dk.samspil.people.web;

import dk.samspil.people.boundary.Authentication;
import dk.samspil.people.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.stream.Collectors;

/** Jakarta Security's view of a single sign-on: the vouched-for address names the Samspil account. */
@ApplicationScoped
public class SsoIdentityStore implements IdentityStore {

    @Inject
    Authentication authentication;

    @Inject
    LoggedInPerson person;

    public CredentialValidationResult validate(SsoCredential credential) {
        return authentication.authenticateBySso(credential.email(), credential.issuer())
                .map(account -> {
                    person.loggedIn(account);
                    return new CredentialValidationResult(account.email(),
                            account.roles().stream().map(Role::name).collect(Collectors.toSet()));
                })
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
