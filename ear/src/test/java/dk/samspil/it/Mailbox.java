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

    /** The first mail to the address whose subject starts so, waiting for new mail (not polling) up to 40 s. */
    static MimeMessage mailTo(GreenMailExtension mail, String email, String subjectStart) throws Exception {
        Instant give = Instant.now().plus(WAIT);
        MimeMessage[] received = mail.getReceivedMessages();
        while (true) {
            for (MimeMessage message : received) {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(email))
                        && message.getSubject().startsWith(subjectStart)) {
                    return message;
                }
            }
            long left = Duration.between(Instant.now(), give).toMillis();
            if (left <= 0 || !mail.waitForIncomingEmail(left, received.length + 1)) {
                return fail("no mail to " + email + " starting '" + subjectStart + "'; got "
                        + Arrays.stream(mail.getReceivedMessages()).map(Mailbox::subject).toList());
            }
            received = mail.getReceivedMessages();
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "?";
        }
    }
}
