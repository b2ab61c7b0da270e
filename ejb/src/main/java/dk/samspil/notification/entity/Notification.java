package dk.samspil.notification.entity;

import dk.samspil.catalog.entity.Course;
import dk.samspil.people.entity.Account;
import dk.samspil.shared.PersonalData.Kind;
import dk.samspil.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** One message to one person about one course: shown in the app until read, and sent by mail. */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    @PersonalData(Kind.PERSON)
    private Account recipient;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    /** What the message needs besides the course: a place in line, a deadline, a leader's comment. */
    @Size(max = DETAIL_MAX)
    @Column(length = DETAIL_MAX)
    @PersonalData(Kind.CONTENT)
    private String detail;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    @PersonalData(Kind.ACTIVITY)
    private LocalDateTime readAt;

    @Column(name = "mailed_at")
    private LocalDateTime mailedAt;

    @Column(name = "mail_attempts", nullable = false)
    private int mailAttempts;

    protected Notification() {
    }

    public Notification(Account recipient, NotificationKind kind, Course course, String detail) {
        this.recipient = recipient;
        this.kind = kind;
        this.course = course;
        this.detail = detail == null || detail.isBlank() ? null
                : detail.strip().substring(0, Math.min(detail.strip().length(), DETAIL_MAX));
    }

    public void markRead(LocalDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public void mailed(LocalDateTime now) {
        mailedAt = now;
    }

    /** A failed try: the mail goes to the back of the outbox, so that it never holds back newer ones. */
    public void mailFailed() {
        mailAttempts++;
    }

    public Long getId() {
        return id;
    }

    public Account getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Course getCourse() {
        return course;
    }

    public String getDetail() {
        return detail;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }
}
