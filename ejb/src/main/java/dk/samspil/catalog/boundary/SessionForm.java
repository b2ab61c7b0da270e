package dk.samspil.catalog.boundary;

import dk.samspil.catalog.entity.CourseSession;
import dk.samspil.people.entity.Account;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The session form: a day, start and end time, a room, facilitators and an optional host partner; a
 * new session may repeat weekly.
 */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A new session can repeat every week for at most a semester's worth of weeks. */
    public static final int WEEKS_MAX = 20;

    private LocalDate day;
    private LocalTime starts;
    private LocalTime ends;
    private Long roomId;
    private List<Long> facilitatorIds = List.of();
    private Long hostId;
    private int weeks = 1;

    static SessionForm of(CourseSession session) {
        var form = new SessionForm();
        form.day = session.getStartsAt().toLocalDate();
        form.starts = session.getStartsAt().toLocalTime();
        form.ends = session.getEndsAt().toLocalTime();
        form.roomId = session.getRoom().getId();
        form.facilitatorIds = session.getFacilitators().stream().map(Account::getId).sorted().toList();
        form.hostId = session.getHostPartner() == null ? null : session.getHostPartner().getId();
        return form;
    }

    /** How many weeks in a row the new session meets at the same time (1: once). */
    public int getWeeks() {
        return weeks;
    }

    public void setWeeks(int weeks) {
        this.weeks = weeks;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStarts() {
        return starts;
    }

    public void setStarts(LocalTime starts) {
        this.starts = starts;
    }

    public LocalTime getEnds() {
        return ends;
    }

    public void setEnds(LocalTime ends) {
        this.ends = ends;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public List<Long> getFacilitatorIds() {
        return facilitatorIds;
    }

    public void setFacilitatorIds(List<Long> facilitatorIds) {
        this.facilitatorIds = facilitatorIds == null ? List.of() : List.copyOf(facilitatorIds);
    }

    public Long getHostId() {
        return hostId;
    }

    public void setHostId(Long hostId) {
        this.hostId = hostId;
    }
}
