package dk.samspil.development.entity;

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

/** A comment on a goal by the employee or one of their leaders. */
@Entity
@Table(name = "goal_comment")
public class GoalComment {

    public static final int MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id", nullable = false, updatable = false)
    private DevelopmentGoal goal;

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

    protected GoalComment() {
    }

    public GoalComment(DevelopmentGoal goal, Account author, String body, LocalDateTime createdAt) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new GoalRefusedException("comment", "development.goal.comment-required");
        }
        if (text.length() > MAX_LENGTH) {
            throw new GoalRefusedException("comment", "development.goal.comment-too-long", MAX_LENGTH);
        }
        this.goal = goal;
        this.author = author;
        this.body = text;
        this.createdAt = createdAt;
    }
}
