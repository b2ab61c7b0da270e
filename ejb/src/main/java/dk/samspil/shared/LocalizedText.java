package dk.samspil.shared;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;
import java.util.Objects;

/** Text written in Danish and, optionally, English; English readers fall back to Danish. */
@NoPersonalData("Texts in Danish and English, as part of other entities.")
@Embeddable
@Access(AccessType.FIELD)
public class LocalizedText {

    @Column(name = "da")
    private String da;

    @Column(name = "en")
    private String en;

    protected LocalizedText() {
    }

    public LocalizedText(String da, String en) {
        if (da == null || da.isBlank()) {
            throw new IllegalArgumentException("Danish text is required");
        }
        this.da = da.strip();
        this.en = en == null || en.isBlank() ? null : en.strip();
    }

    public String da() {
        return da;
    }

    public String en() {
        return en;
    }

    public String in(Locale locale) {
        return pick(da, en, locale);
    }

    /** For optional texts: nothing typed in Danish means no text at all. */
    public static LocalizedText optional(String da, String en) {
        return da == null || da.isBlank() ? null : new LocalizedText(da, en);
    }

    /** An optional text in the reader's language, or null. */
    public static String in(LocalizedText text, Locale locale) {
        return text == null ? null : text.in(locale);
    }

    /** The one fallback rule for bilingual values, also used by view rows built in queries. */
    public static String pick(String da, String en, Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null ? en : da;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText text && Objects.equals(da, text.da) && Objects.equals(en, text.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(da, en);
    }
}
