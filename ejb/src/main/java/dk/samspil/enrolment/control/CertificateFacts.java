package dk.samspil.enrolment.control;

import java.time.LocalDate;
import java.util.List;

/** Everything printed on a certificate. {@code from}/{@code to} are the first and last session's days. */
public record CertificateFacts(String participant, String course, String courseCode, LocalDate from, LocalDate to,
                               int ects, List<String> modules, List<String> partners, String college, String code,
                               String verifyUrl, LocalDate issued) {
}
