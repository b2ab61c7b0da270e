/**
 * Accounts, roles, municipalities and institutions. A person logs in with their e-mail address;
 * passwords are stored only as PBKDF2-SHA256 hashes; a leader leads one or more institutions and
 * that set is the scope of everything a leader may see about staff.
 */
package dk.samspil.people;
