package dk.samspil.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/** Calls boundaries in-container as {@link TestPeople#FINANCE}: the finance office. */
@Stateless
@PermitAll
@RunAs("FINANCE")
@RunAsPrincipal(TestPeople.FINANCE)
public class AsFinance {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    /** As {@link #call}, for work that throws nothing checked: a refusal comes out as it was thrown. */
    public <T> T get(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void run(Runnable work) {
        work.run();
    }
}
