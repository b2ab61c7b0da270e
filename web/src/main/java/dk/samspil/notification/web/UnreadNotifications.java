package dk.samspil.notification.web;

import dk.samspil.notification.boundary.Notifications;
import dk.samspil.people.entity.Role;
import dk.samspil.people.web.CurrentUserBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.Arrays;

/**
 * The header's count of unread notifications, counted once per request (the layout asks more than
 * once); only for someone with a role (the boundary's rule).
 */
@Named
@RequestScoped
public class UnreadNotifications {

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentUserBacking currentUser;

    @Inject
    Notifications notifications;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = !currentUser.isLoggedIn()
                    || Arrays.stream(Role.values()).noneMatch(role -> securityContext.isCallerInRole(role.name()))
                    ? 0 : notifications.countUnread();
        }
        return count;
    }
}
