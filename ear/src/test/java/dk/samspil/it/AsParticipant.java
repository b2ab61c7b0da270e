package dk.samspil.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** Calls boundaries in-container in the role PARTICIPANT, as a logged-in person's request would. */
@Stateless
@PermitAll
@RunAs("PARTICIPANT")
public class AsParticipant {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
