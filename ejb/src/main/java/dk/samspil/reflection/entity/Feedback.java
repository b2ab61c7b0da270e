package dk.samspil.reflection.entity;

import dk.samspil.people.entity.Account;
import dk.samspil.shared.PersonalData.Kind;
import dk.samspil.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** A course team member's comment on a reflection shared with the team; plain text. */
@Entity
@Table(name = "reflection_feedback")
public class Feedback {

    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reflection_id", nullable = false, updatable = false)
    private Reflection reflection;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    @PersonalData(Kind.PERSON)
    private Account author;

    @NotBlank
    @Size(max = MAX_LENGTH)
    @Column(nullable = false, length = MAX_LENGTH, updatable = false)
    @PersonalData(Kind.CONTENT)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected Feedback() {
    }

    public Feedback(Reflection reflection, Account author, String body, LocalDateTime createdAt) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new ReflectionRefusedException("feedback", "reflection.feedback.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ReflectionRefusedException("feedback", "reflection.feedback.too-long", MAX_LENGTH);
        }
        this.reflection = reflection;
        this.author = author;
        this.body = text;
        this.createdAt = createdAt;
    }

    public Account getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
