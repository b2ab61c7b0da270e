package dk.samspil.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/** Calls boundaries in-container as {@link TestPeople#LEADER}: a school leader. */
@Stateless
@PermitAll
@RunAs("LEADER")
@RunAsPrincipal(TestPeople.LEADER)
public class AsLeader {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
