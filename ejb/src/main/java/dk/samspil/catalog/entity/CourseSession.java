package dk.samspil.catalog.entity;

import dk.samspil.partner.entity.PartnerOrganisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
    @Size(min = 1, max = 150)
    @Column(nullable = false, length = 150)
    private String room;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_partner_id")
    private PartnerOrganisation hostPartner;

    protected CourseSession() {
    }

    public CourseSession(CourseModule module, LocalDateTime startsAt, LocalDateTime endsAt, String room) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A session must end after it starts");
        }
        this.module = module;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.room = room;
        module.attach(this);
    }

    public void hostedBy(PartnerOrganisation partner) {
        this.hostPartner = partner;
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

    public String getRoom() {
        return room;
    }

    public PartnerOrganisation getHostPartner() {
        return hostPartner;
    }
}
