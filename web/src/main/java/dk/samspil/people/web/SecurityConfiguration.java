package dk.samspil.people.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own JSF page. A request for a protected page is sent to the login page and,
 * after a successful login, back to the page first asked for.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"PARTICIPANT", "LEADER", "CONSULTANT", "PARTNER", "ADMIN", "FINANCE"})
@ApplicationScoped
public class SecurityConfiguration {
}
