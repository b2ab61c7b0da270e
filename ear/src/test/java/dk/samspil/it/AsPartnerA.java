package dk.samspil.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/** Calls boundaries in-container as {@link TestPeople#PARTNER_A}: the contact of one partner organisation. */
@Stateless
@PermitAll
@RunAs("PARTNER")
@RunAsPrincipal(TestPeople.PARTNER_A)
public class AsPartnerA {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
