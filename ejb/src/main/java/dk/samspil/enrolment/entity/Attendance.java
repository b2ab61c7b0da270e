package dk.samspil.enrolment.entity;

import dk.samspil.catalog.entity.CourseSession;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;

/** One participant's attendance at one session, and who registered it when. */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private CourseSession session;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false)
    @PersonalData(Kind.PERSON)
    private Enrolment enrolment;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    @PersonalData(Kind.ACTIVITY)
    private AttendanceStatus status;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registered_by", nullable = false)
    @PersonalData(Kind.PERSON)
    private Account registeredBy;

    @NotNull
    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    @Version
    private long version;

    protected Attendance() {
    }

    public Attendance(CourseSession session, Enrolment enrolment) {
        this.session = session;
        this.enrolment = enrolment;
    }

    /** Records or corrects the attendance; only people with a seat on the course are registered. */
    public void register(AttendanceStatus status, Account by, LocalDateTime at) {
        if (!enrolment.getStatus().holdsSeat()) {
            throw new EnrolmentRefusedException("enrolment.attendance.not-seated", enrolment.getStatus());
        }
        this.status = status;
        this.registeredBy = by;
        this.registeredAt = at;
    }

    public CourseSession getSession() {
        return session;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public AttendanceStatus getStatus() {
        return status;
    }
}
