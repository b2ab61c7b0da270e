/**
 * The university college's reports, for consultants: per semester, how full the courses were, the
 * waiting lists, cancellations, completion and attendance, by course, theme and municipality, and
 * how many partner organisations co-created courses, by kind. Aggregated in SQL.
 */
package dk.samspil.reporting;
