package dk.samspil.shared;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink, by default, retries a statement that met a broken connection three times, five
 * seconds apart: during a database outage every request then waits fifteen seconds before it
 * fails. The pool hands out only checked connections and the web tier answers an outage with 503
 * at once, so a failed statement fails the request at once. Named in persistence.xml.
 */
public class FailFastSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
