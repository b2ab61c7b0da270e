package dk.samspil.shared.web;

import jakarta.faces.convert.FacesConverter;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A form's time field ({@code <f:converter converterId="samspil.TimeOfDay"/>}): shown on the 24-hour
 * clock (09:30) in both languages, read with {@link DayInput#time} (9:30, 09.30, 0930, 9).
 */
@FacesConverter("samspil.TimeOfDay")
public class TimeOfDayConverter extends FormConverter<LocalTime> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    Optional<LocalTime> read(String text, Locale locale) {
        return DayInput.time(text);
    }

    @Override
    String write(LocalTime value, Locale locale) {
        return SHOWN.format(value);
    }
}
