package dk.samspil.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.fail;

/** Waits for a mail the server sends to the GreenMail SMTP server a test starts (port 3025, see arquillian.xml). */
final class Mailbox {

    private static final Duration WAIT = Duration.ofSeconds(40);

    private Mailbox() {
    }

    static MimeMessage mailTo(GreenMailExtension mail, String email, String subjectStart) throws Exception {
        Instant give = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(give)) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(email))
                        && message.getSubject().startsWith(subjectStart)) {
                    return message;
                }
            }
            Thread.sleep(500);
        }
        return fail("no mail to " + email + " starting '" + subjectStart + "'; got "
                + Arrays.stream(mail.getReceivedMessages()).map(Mailbox::subject).toList());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "?";
        }
    }
}
