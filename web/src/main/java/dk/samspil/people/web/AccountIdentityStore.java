package dk.samspil.people.web;

import dk.samspil.people.boundary.Authentication;
import dk.samspil.people.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import java.util.stream.Collectors;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

/** Jakarta Security's view of Samspil accounts: the caller name is the e-mail, the groups are the roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Authentication authentication;

    @Inject
    LoggedInPerson person;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return authentication.authenticate(credential.getCaller(), credential.getPassword().getValue(),
                        request.getRemoteAddr())
                .map(account -> {
                    person.loggedIn(account);
                    return new CredentialValidationResult(account.email(),
                            account.roles().stream().map(Role::name).collect(Collectors.toSet()));
                })
                .orElse(INVALID_RESULT);
    }
}
