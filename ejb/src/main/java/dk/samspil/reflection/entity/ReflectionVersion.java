package dk.samspil.reflection.entity;

import dk.samspil.shared.PersonalData.Kind;
import dk.samspil.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One submission of a reflection, kept as it was. */
@Entity
@Table(name = "reflection_version")
public class ReflectionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reflection_id", nullable = false, updatable = false)
    @PersonalData(Kind.PERSON)
    private Reflection reflection;

    @Column(nullable = false, updatable = false)
    private int number;

    @Lob
    @Column(nullable = false, updatable = false)
    @PersonalData(Kind.CONTENT)
    private String body;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private LocalDateTime submittedAt;

    protected ReflectionVersion() {
    }

    ReflectionVersion(Reflection reflection, int number, String body, LocalDateTime submittedAt) {
        this.reflection = reflection;
        this.number = number;
        this.body = body;
        this.submittedAt = submittedAt;
    }

    public int getNumber() {
        return number;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }
}
