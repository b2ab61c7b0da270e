package dk.samspil.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;

import java.util.Locale;
import java.util.Optional;

/**
 * A form field's value as its reader types it and sees it, in the page's language: an empty field is
 * no value, text that {@link #read} cannot understand fails with the field's converterMessage.
 */
abstract class FormConverter<T> implements Converter<T> {

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return read(value.strip(), context.getViewRoot().getLocale()).orElseThrow(ConverterException::new);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T value) {
        return value == null ? "" : write(value, context.getViewRoot().getLocale());
    }

    abstract Optional<T> read(String text, Locale locale);

    abstract String write(T value, Locale locale);
}
