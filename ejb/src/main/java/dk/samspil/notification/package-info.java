/**
 * Notifications: what Samspil tells people about their enrolments, in the app (a list in the
 * header) and by mail in the recipient's language, with calendar invites that update or cancel
 * (one UID per session, a rising SEQUENCE) and a personal calendar feed behind a secret token.
 * Mails leave only after the transaction that caused them has committed.
 */
package dk.samspil.notification;
