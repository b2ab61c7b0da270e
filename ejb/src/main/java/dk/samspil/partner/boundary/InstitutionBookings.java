package dk.samspil.partner.boundary;

import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Map;

/** A leader sees the requests and bookings of partners' offers made for the institutions they lead, and no others. */
@Stateless
@RolesAllowed(Role.LEADER_NAME)
public class InstitutionBookings {

    @Inject
    Callers callers;

    @Inject
    RequestRows requestRows;

    /** A page of them, coming visits and open requests first. */
    public ResultPage<RequestRow> bookings(int page, Locale locale) {
        return requestRows.where("i IN (SELECT l FROM Account a JOIN a.ledInstitutions l WHERE a.id = :me)",
                Map.of("me", callers.me().getId()), page, locale);
    }
}
