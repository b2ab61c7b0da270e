package dk.samspil.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/** Calls boundaries in-container as {@link TestPeople#PARTICIPANT_B}: a second teacher, e.g. in the same cohort. */
@Stateless
@PermitAll
@RunAs("PARTICIPANT")
@RunAsPrincipal(TestPeople.PARTICIPANT_B)
public class AsParticipantB {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
