package dk.samspil.partner.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A visit's day, start and end as a form takes them (WEB-INF/includes/visit-time.xhtml). */
public class VisitTime implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private LocalTime starts;
    private LocalTime ends;

    static VisitTime of(LocalDateTime startsAt, LocalDateTime endsAt) {
        VisitTime time = new VisitTime();
        time.date = startsAt.toLocalDate();
        time.starts = startsAt.toLocalTime();
        time.ends = endsAt.toLocalTime();
        return time;
    }

    boolean isComplete() {
        return date != null && starts != null && ends != null;
    }

    LocalDateTime startsAt() {
        return date.atTime(starts);
    }

    LocalDateTime endsAt() {
        return date.atTime(ends);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
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
}
