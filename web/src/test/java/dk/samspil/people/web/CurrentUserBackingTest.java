package dk.samspil.people.web;

import dk.samspil.people.boundary.AuthenticatedAccount;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The header names the person by the name remembered at login, with the e-mail beside it, and asks no boundary for it. */
class CurrentUserBackingTest {

    private static final String ANNE = "anne@bakkeskolen.example";

    private final LoggedInPerson person = new LoggedInPerson();

    @Test
    void theHeaderNamesThePersonAndShowsTheirEmail() {
        person.loggedIn(new AuthenticatedAccount(ANNE, "Anne Andersen", "da", Set.of()));
        CurrentUserBacking header = header(ANNE);
        assertEquals("Anne Andersen", header.getName());
        assertEquals(ANNE, header.getEmail());
    }

    @Test
    void aSessionThatDidNotSeeTheLoginShowsTheEmail() {
        assertEquals(ANNE, header(ANNE).getName());
    }

    @Test
    void neverSomeoneElsesName() {
        person.loggedIn(new AuthenticatedAccount(ANNE, "Anne Andersen", "da", Set.of()));
        assertEquals("bo@bakkeskolen.example", header("bo@bakkeskolen.example").getName());
    }

    @Test
    void nobodyLoggedInHasNoName() {
        assertNull(header(null).getName());
    }

    /** The app is distributable: what the session holds must travel to another node. */
    @Test
    void theRememberedNameSurvivesSerialisation() throws IOException, ClassNotFoundException {
        person.loggedIn(new AuthenticatedAccount(ANNE, "Anne Andersen", "da", Set.of()));
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(person);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals("Anne Andersen", ((LoggedInPerson) in.readObject()).displayNameOf(ANNE));
        }
    }

    private CurrentUserBacking header(String remoteUser) {
        var header = new CurrentUserBacking();
        header.request = new ServletFakes().fake(HttpServletRequest.class,
                remoteUser == null ? Map.of() : Map.of("getRemoteUser", remoteUser));
        header.person = person;
        return header;
    }
}
