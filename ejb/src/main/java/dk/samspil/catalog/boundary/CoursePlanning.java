package dk.samspil.catalog.boundary;

import dk.samspil.catalog.control.CourseRows;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.people.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** The consultants' view of every course of the college, drafts included. */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class CoursePlanning {

    static final int PAGE_SIZE = 50;

    @Inject
    CourseRows rows;

    public List<CourseRow> findCourses(int page, Locale locale) {
        return rows.find(EnumSet.allOf(CourseStatus.class), Math.max(0, page) * PAGE_SIZE, PAGE_SIZE, locale);
    }
}
