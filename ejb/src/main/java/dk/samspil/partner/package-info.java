/**
 * Partner organisations that co-create courses with the university college: associations,
 * volunteer organisations, companies, cultural institutions and municipal units. A partner's
 * contact persons see only the courses their organisation takes part in.
 */
package dk.samspil.partner;
