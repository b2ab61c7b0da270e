package dk.samspil.catalog.entity;

import dk.samspil.people.entity.PartnerOrganisation;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * One dated meeting of a module ({@code Session} is taken by Jakarta Mail). Times are Danish
 * local time (Europe/Copenhagen), as the participants read them.
 */
@Entity
@Table(name = "course_session")
public class CourseSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false)
    private CourseModule module;

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @NotNull
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_partner_id")
    private PartnerOrganisation hostPartner;

    @ManyToMany
    @JoinTable(name = "session_facilitator", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    @PersonalData(Kind.PERSON)
    private Set<Account> facilitators = new HashSet<>();

    /** Raised whenever the session moves, so calendar programs replace the invite they hold. */
    @Column(nullable = false)
    private int sequence;

    protected CourseSession() {
    }

    /** Sessions are scheduled through {@link CourseProgramme#schedule(CourseModule, SessionPlan)}, which keeps the period. */
    CourseSession(CourseModule module, SessionPlan plan) {
        this.module = module;
        replan(plan);
        module.attach(this);
    }

    /** A change after scheduling: calendars holding the old invite must take the new one. */
    void move(SessionPlan plan) {
        replan(plan);
        sequence++;
    }

    void replan(SessionPlan plan) {
        startsAt = plan.startsAt();
        endsAt = plan.endsAt();
        room = plan.room();
        hostPartner = plan.host();
        facilitators.clear();
        facilitators.addAll(plan.facilitators());
    }

    public SessionPlan plan() {
        return new SessionPlan(startsAt, endsAt, room, facilitators, hostPartner);
    }

    public Long getId() {
        return id;
    }

    public CourseModule getModule() {
        return module;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public int getSequence() {
        return sequence;
    }

    public Set<Account> getFacilitators() {
        return Collections.unmodifiableSet(facilitators);
    }

    public Room getRoom() {
        return room;
    }

    public PartnerOrganisation getHostPartner() {
        return hostPartner;
    }
}
