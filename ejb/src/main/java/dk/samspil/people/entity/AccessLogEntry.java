package dk.samspil.people.entity;

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

/**
 * One read or export of a person's data by someone else: who, what, when. Written by
 * {@code AccessLog}, never changed, removed by retention after its time.
 */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    public static final int WHAT_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Column(name = "accessed_at", nullable = false, updatable = false)
    @PersonalData(Kind.ACTIVITY)
    private LocalDateTime accessedAt;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reader_id", nullable = false, updatable = false)
    @PersonalData(Kind.PERSON)
    private Account reader;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false, updatable = false)
    @PersonalData(Kind.PERSON)
    private Account subject;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    @PersonalData(Kind.ACTIVITY)
    private AccessKind kind;

    /** Which object, in words that need no further look-up: a course code, a reflection's module. */
    @NotNull
    @Size(min = 1, max = WHAT_MAX)
    @Column(nullable = false, updatable = false, length = WHAT_MAX)
    @PersonalData(Kind.ACTIVITY)
    private String what;

    /** The description cut to the column's length (a long course title must not fail the read). */
    public static String clip(String what) {
        return what.length() > WHAT_MAX ? what.substring(0, WHAT_MAX) : what;
    }

    protected AccessLogEntry() {
    }

    public AccessLogEntry(Account reader, Account subject, AccessKind kind, String what, LocalDateTime accessedAt) {
        this.reader = reader;
        this.subject = subject;
        this.kind = kind;
        this.what = clip(what);
        this.accessedAt = accessedAt;
    }
}
