package dk.samspil.shared.web;

import jakarta.faces.convert.FacesConverter;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A form's day field ({@code <f:converter converterId="samspil.Day"/>}): written as yyyy-mm-dd for
 * the date picker, which shows it as dd/mm/yyyy; read with {@link DayInput#day}, so that a day typed
 * without the picker's script is understood too.
 */
@FacesConverter("samspil.Day")
public class DayConverter extends FormConverter<LocalDate> {

    @Override
    Optional<LocalDate> read(String text, Locale locale) {
        return DayInput.day(text);
    }

    @Override
    String write(LocalDate value, Locale locale) {
        return value.toString();
    }
}
