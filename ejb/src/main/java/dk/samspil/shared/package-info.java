/**
 * What every capability truly shares: the business exception root, bilingual text, and the
 * database migration that must finish before any capability touches JPA.
 */
package dk.samspil.shared;
