/**
 * Reflections: what participants write about their learning, one per module they are seated on.
 * Private by default; the author shares each one with the course team, their leader(s) or the
 * cohort, entry by entry, and may revoke any share, which ends access at once. Readers only ever
 * see the newest submitted version, never the working draft. Every read by someone other than the
 * author is logged and shown to the author; anyone else asking for a reflection gets "not found".
 * Text is sanitised on the server with the OWASP HTML sanitiser whatever the editor sent.
 */
package dk.samspil.reflection;
