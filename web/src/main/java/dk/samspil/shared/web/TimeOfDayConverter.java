package dk.samspil.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * A form's time field ({@code <f:converter converterId="samspil.TimeOfDay"/>}): shown on the 24-hour
 * clock (09:30) in both languages, read with {@link DayInput#time} (9:30, 09.30, 0930, 9).
 */
@FacesConverter("samspil.TimeOfDay")
public class TimeOfDayConverter implements Converter<LocalTime> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    public LocalTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return DayInput.time(value).orElseThrow(ConverterException::new);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
        return value == null ? "" : SHOWN.format(value);
    }
}
