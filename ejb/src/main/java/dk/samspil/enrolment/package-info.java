/**
 * Enrolments: a person's place on a course. At most one active enrolment per person and course
 * (enforced by a unique key in the database); confirmed and completed enrolments hold a seat.
 */
package dk.samspil.enrolment;
