package dk.samspil.people.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registration through single sign-on is a switch that is off unless a college turns it on. */
class SsoConfigurationTest {

    private static final String SWITCH = "samspil.oidc.registration";

    @AfterEach
    void clear() {
        System.clearProperty(SWITCH);
    }

    @Test
    void registrationThroughSingleSignOnIsOffByDefault() {
        assertFalse(new SsoConfiguration().registrationAllowed());
        System.setProperty(SWITCH, "yes");
        assertFalse(new SsoConfiguration().registrationAllowed(), "only true switches it on");
    }

    @Test
    void registrationThroughSingleSignOnCanBeSwitchedOn() {
        System.setProperty(SWITCH, "TRUE");
        assertTrue(new SsoConfiguration().registrationAllowed());
    }
}
