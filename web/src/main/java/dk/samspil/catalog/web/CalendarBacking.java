package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.CalendarDay;
import dk.samspil.catalog.boundary.PlanningOptions.Option;
import dk.samspil.catalog.boundary.SessionCalendar;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * consultant/calendar.xhtml?view=week|month&date=&room=&course=&module=: the college's sessions a
 * week or a month at a time, optionally in one room. Opened from a course's programme (course and
 * module given), a free day in the chosen room links back to plan the session there.
 */
@Named
@RequestScoped
public class CalendarBacking {

    @Inject
    SessionCalendar calendar;

    @Inject
    LanguageBacking language;

    private String view = "week";
    private LocalDate date;
    private Long room;
    private String course;
    private Long module;
    private LocalDate from;
    private List<CalendarDay> days;
    private List<Option> rooms;

    public void load() {
        if (date == null) {
            date = DanishTime.today();
        }
        if (isMonth()) {
            from = date.withDayOfMonth(1);
            days = calendar.days(from, from.plusMonths(1), room, language.getLocale());
        } else {
            view = "week";
            from = date.with(DayOfWeek.MONDAY);
            days = calendar.days(from, from.plusWeeks(1), room, language.getLocale());
        }
    }

    public boolean isMonth() {
        return "month".equals(view);
    }

    public LocalDate getFrom() {
        return from;
    }

    /** The last day shown. */
    public LocalDate getTo() {
        return isMonth() ? from.plusMonths(1).minusDays(1) : from.plusDays(6);
    }

    /** The ISO week number, as Danish calendars count weeks. */
    public int getWeek() {
        return from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public LocalDate getPrevious() {
        return isMonth() ? from.minusMonths(1) : from.minusWeeks(1);
    }

    public LocalDate getNext() {
        return isMonth() ? from.plusMonths(1) : from.plusWeeks(1);
    }

    /** Whether a free day may be chosen for a session: a course's module and one room are given. */
    public boolean isPlanning() {
        return course != null && module != null && room != null;
    }

    public List<CalendarDay> getDays() {
        return days;
    }

    public List<Option> getRooms() {
        if (rooms == null) {
            rooms = calendar.rooms();
        }
        return rooms;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getRoom() {
        return room;
    }

    public void setRoom(Long room) {
        this.room = room;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public Long getModule() {
        return module;
    }

    public void setModule(Long module) {
        this.module = module;
    }
}
