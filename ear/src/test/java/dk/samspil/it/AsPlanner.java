package dk.samspil.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/** Calls boundaries in-container as {@link TestPeople#PLANNER}: a consultant with a name, for boundaries that record who decided. */
@Stateless
@PermitAll
@RunAs("CONSULTANT")
@RunAsPrincipal(TestPeople.PLANNER)
public class AsPlanner {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
