package dk.samspil.shared;

import java.io.Serializable;

/**
 * A text in Danish and English as a form holds it while it is typed, with the longest each may be,
 * so a page binds one value (through {@code bilingual-area.xhtml}) instead of two properties.
 */
public class BilingualText implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int max;
    private String da;
    private String en;

    public BilingualText(int max) {
        this.max = max;
    }

    public static BilingualText of(LocalizedText text, int max) {
        var form = new BilingualText(max);
        if (text != null) {
            form.da = text.da();
            form.en = text.en();
        }
        return form;
    }

    /** The text, or null when nothing is typed in Danish. */
    public LocalizedText optional() {
        return LocalizedText.optional(da, en);
    }

    public int getMax() {
        return max;
    }

    public String getDa() {
        return da;
    }

    public void setDa(String da) {
        this.da = da;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }
}
