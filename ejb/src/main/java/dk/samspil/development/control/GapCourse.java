package dk.samspil.development.control;

import dk.samspil.shared.LocalizedText;

import java.util.Locale;

/** A published course with seats left whose theme addresses a subject. */
public record GapCourse(Long subjectId, String code, String titleDa, String titleEn) {

    public String title(Locale locale) {
        return LocalizedText.pick(titleDa, titleEn, locale);
    }
}
