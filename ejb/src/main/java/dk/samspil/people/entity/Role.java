package dk.samspil.people.entity;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * What a person may do. The order is the order of precedence for choosing a home page: a leader
 * is also a participant, and lands on the leader's page.
 */
public enum Role {
    ADMIN, CONSULTANT, FINANCE, PARTNER, LEADER, PARTICIPANT;

    /** The names as used in {@code @RolesAllowed} and {@code web.xml}. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String CONSULTANT_NAME = "CONSULTANT";
    /** The college's finance office: issues invoices and credit notes for places on paid courses. */
    public static final String FINANCE_NAME = "FINANCE";
    public static final String PARTNER_NAME = "PARTNER";
    public static final String LEADER_NAME = "LEADER";
    public static final String PARTICIPANT_NAME = "PARTICIPANT";

    public static Optional<Role> foremost(Collection<Role> roles) {
        return roles.stream().min(Comparator.naturalOrder());
    }
}
