package dk.samspil.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.LocalDate;

/**
 * A form's day field ({@code <f:converter converterId="samspil.Day"/>}): written as yyyy-mm-dd for
 * the date picker, which shows it as dd/mm/yyyy; read with {@link DayInput#day}, so that a day typed
 * without the picker's script is understood too. The field's converterMessage says what went wrong.
 */
@FacesConverter("samspil.Day")
public class DayConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return DayInput.day(value).orElseThrow(ConverterException::new);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
