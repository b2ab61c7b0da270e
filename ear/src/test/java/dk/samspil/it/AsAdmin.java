package dk.samspil.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/** Calls boundaries in-container as {@link TestPeople#ADMIN}: an administrator. */
@Stateless
@PermitAll
@RunAs("ADMIN")
@RunAsPrincipal(TestPeople.ADMIN)
public class AsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
