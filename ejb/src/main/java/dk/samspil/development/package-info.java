/**
 * The leaders' view of their staff's development. A leader sees only the staff of the
 * institutions they lead; that scope is always taken from the caller's principal.
 */
package dk.samspil.development;
