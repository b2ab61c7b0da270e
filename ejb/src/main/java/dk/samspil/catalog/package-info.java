/**
 * The course catalogue: themes, courses, their modules and sessions, and the partner
 * organisations taking part. Only published courses are visible to the public; a course carries
 * 0, 5, 10 or 15 ECTS and never takes more participants than its maximum.
 */
package dk.samspil.catalog;
