package dk.samspil.reflection.entity;

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

import java.time.LocalDateTime;

/** One read of a reflection by someone other than its author: who, when, through which share. */
@Entity
@Table(name = "reflection_read")
public class ReflectionRead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reflection_id", nullable = false, updatable = false)
    private Reflection reflection;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reader_id", nullable = false, updatable = false)
    @PersonalData(Kind.PERSON)
    private Account reader;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Audience audience;

    @Column(name = "read_at", nullable = false, updatable = false)
    @PersonalData(Kind.ACTIVITY)
    private LocalDateTime readAt;

    protected ReflectionRead() {
    }

    public ReflectionRead(Reflection reflection, Account reader, Audience audience, LocalDateTime readAt) {
        this.reflection = reflection;
        this.reader = reader;
        this.audience = audience;
        this.readAt = readAt;
    }
}
