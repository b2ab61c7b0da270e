package dk.samspil.notification.control;

import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseSession;
import dk.samspil.notification.entity.Notification;
import dk.samspil.notification.entity.NotificationKind;
import dk.samspil.people.entity.Account;
import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes and sends one mail, in the recipient's language, through the server's mail session (SMTP
 * host and port from the environment). Kinds that change a calendar carry an {@code invite.ics}.
 * With {@code -Dsamspil.mail.log=true} (the run command) mails are written to the log instead.
 */
@Dependent
public class Mailer {

    private static final System.Logger LOG = System.getLogger(Mailer.class.getName());
    public static final String BUNDLE = "dk.samspil.notification.mails";
    /** A notification's subject and body in {@link #BUNDLE}, {@code %s} its kind ({@link NotificationKind#message}). */
    public static final String SUBJECT = "mail.%s.subject";
    public static final String BODY = "mail.%s.body";

    @Resource(lookup = "java:jboss/mail/Default")
    Session mailSession;

    @PersistenceContext
    EntityManager em;

    /** Returns whether the mail left (or was logged); false leaves it in the outbox for the next try. */
    public boolean send(Notification notification) {
        Account recipient = notification.getRecipient();
        Course course = notification.getCourse();
        MailRequest request = new MailRequest(recipient.getEmail(), recipient.getDisplayName(), recipient.getLanguage(),
                notification.getKind(), notification.getDetail());
        Locale locale = Locale.forLanguageTag(request.language());
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        String title = course.getTitle().in(locale);
        String subject = request.kind().message(texts, SUBJECT, title, course.getCode(), null);
        String body = MessageFormat.format(texts.getString("mail.greeting"), request.name()) + "\n\n"
                + request.kind().message(texts, BODY, title, course.getCode(), request.detail())
                + "\n\n" + texts.getString("mail.signature");
        Attachment invite = null;
        if (request.kind().invites() || request.kind().cancels()) {
            String method = request.kind().cancels() ? "CANCEL" : "REQUEST";
            invite = new Attachment("invite.ics", "text/calendar; charset=UTF-8; method=" + method,
                    Invitations.invite(title, sessions(course), request.kind().cancels(), from(), request.email())
                            .getBytes(StandardCharsets.UTF_8));
        }
        return deliver(request, subject, body, invite);
    }

    /** A file sent with a mail: its name, media type and bytes. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /**
     * A mail about the account itself rather than a course (a link to set a password or verify an
     * address): the texts {@code mail.<key>.subject} and {@code mail.<key>.body} in the recipient's
     * language, with the arguments given. Sent at once; returns whether it left.
     */
    public boolean sendAccountMail(String email, String name, String language, String key, Object... arguments) {
        return sendDocument(email, name, language, key, null, arguments);
    }

    /**
     * A document for the recipient (an invoice to a person who pays for their place): the texts
     * {@code mail.<key>.subject} and {@code mail.<key>.body} with the arguments given, and the file
     * attached (or none, for an account mail). Sent at once; returns whether it left.
     */
    public boolean sendDocument(String email, String name, String language, String key, Attachment document,
                                Object... arguments) {
        MailRequest request = new MailRequest(email, name, language, null, null);
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(request.language()));
        String body = MessageFormat.format(texts.getString("mail.greeting"), request.name()) + "\n\n"
                + MessageFormat.format(texts.getString("mail." + key + ".body"), arguments)
                + "\n\n" + texts.getString("mail.account-signature");
        return deliver(request, MessageFormat.format(texts.getString("mail." + key + ".subject"), arguments), body,
                document);
    }

    private boolean deliver(MailRequest request, String subject, String body, Attachment attachment) {
        if (Boolean.getBoolean("samspil.mail.log")) {
            LOG.log(System.Logger.Level.INFO, "Mail to {0}: {1}\n{2}{3}", request.email(), subject, body,
                    attachment == null ? "" : "\n[" + attachment.fileName() + "]" + (attachment.contentType()
                            .startsWith("text/") ? "\n" + new String(attachment.content(), StandardCharsets.UTF_8) : ""));
            return true;
        }
        try {
            Transport.send(message(request, subject, body, attachment));
            return true;
        } catch (MessagingException | UnsupportedEncodingException e) {
            LOG.log(System.Logger.Level.WARNING, "Mail to " + request.email() + " not sent: " + e.getMessage());
            return false;
        }
    }

    private record MailRequest(String email, String name, String language, NotificationKind kind, String detail) {
    }

    private List<CourseSession> sessions(Course course) {
        return em.createQuery("""
                        SELECT s FROM CourseSession s JOIN FETCH s.module m JOIN FETCH s.room
                        WHERE m.course = :course ORDER BY s.startsAt""", CourseSession.class)
                .setParameter("course", course)
                .getResultList();
    }

    private MimeMessage message(MailRequest request, String subject, String body, Attachment attachment)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(mailSession);
        message.setFrom(new InternetAddress(from(), "Samspil", StandardCharsets.UTF_8.name()));
        message.setRecipient(MimeMessage.RecipientType.TO,
                new InternetAddress(request.email(), request.name(), StandardCharsets.UTF_8.name()));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, StandardCharsets.UTF_8.name());
        MimeMultipart parts = new MimeMultipart();
        parts.addBodyPart(text);
        if (attachment != null) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            file.setFileName(attachment.fileName());
            parts.addBodyPart(file);
        }
        message.setContent(parts);
        return message;
    }

    private String from() {
        String configured = mailSession.getProperty("mail.from");
        return configured == null ? "samspil@samspil.example" : configured;
    }
}
