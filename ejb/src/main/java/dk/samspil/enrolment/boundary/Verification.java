package dk.samspil.enrolment.boundary;

import java.time.LocalDate;

/** What the verification page may say about a code. */
public record Verification(boolean genuine, boolean revoked, String participant, String course,
                           LocalDate issued) {
}
