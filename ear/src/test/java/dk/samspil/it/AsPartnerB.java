package dk.samspil.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/** Calls boundaries in-container as {@link TestPeople#PARTNER_B}: the contact of another partner organisation. */
@Stateless
@PermitAll
@RunAs("PARTNER")
@RunAsPrincipal(TestPeople.PARTNER_B)
public class AsPartnerB {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
