package dk.samspil.development.control;

import dk.samspil.shared.LocalizedText;

import java.util.Locale;

/** A subject's name in both languages. */
public record SubjectName(Long id, String da, String en) {

    public String in(Locale locale) {
        return LocalizedText.pick(da, en, locale);
    }
}
