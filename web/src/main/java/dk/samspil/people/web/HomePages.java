package dk.samspil.people.web;

import dk.samspil.people.entity.Role;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;

/** Where each role lands after login; a person with several roles lands on the foremost one's page. */
public final class HomePages {

    private static final Map<Role, String> HOME = Map.of(
            Role.ADMIN, "/admin/accounts.xhtml",
            Role.CONSULTANT, "/consultant/course-planning.xhtml",
            Role.FINANCE, "/finance/billing.xhtml",
            Role.PARTNER, "/partner/my-partnerships.xhtml",
            Role.LEADER, "/leader/my-staff.xhtml",
            Role.PARTICIPANT, "/participant/my-courses.xhtml");

    private HomePages() {
    }

    public static String of(Role role) {
        return HOME.get(role);
    }

    /** The home of the foremost role the caller holds, or the catalogue for someone with none. */
    public static String forCaller(Predicate<String> isCallerInRole) {
        return Role.foremost(Arrays.stream(Role.values()).filter(role -> isCallerInRole.test(role.name())).toList())
                .map(HOME::get)
                .orElse("/index.xhtml");
    }
}
