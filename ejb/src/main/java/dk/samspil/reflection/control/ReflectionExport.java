package dk.samspil.reflection.control;

import dk.samspil.reflection.entity.Reflection;
import dk.samspil.reflection.entity.ReflectionStatus;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A participant's reflections as one self-contained HTML document to keep: titles are escaped, the
 * texts are the sanitised HTML already stored, and nothing is loaded from anywhere else.
 */
public final class ReflectionExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReflectionExport() {
    }

    public static String html(String author, List<Reflection> reflections, Locale locale) {
        boolean danish = !"en".equals(locale.getLanguage());
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(danish ? "da" : "en")
                .append("\">\n<head><meta charset=\"utf-8\"><title>")
                .append(escape((danish ? "Refleksioner – " : "Reflections – ") + author))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:45em;margin:2em auto;line-height:1.5}"
                        + "article{border-top:1px solid #999;margin-top:2em}.meta{color:#444}</style></head>\n<body>\n<h1>")
                .append(escape((danish ? "Refleksioner – " : "Reflections – ") + author)).append("</h1>\n");
        for (Reflection r : reflections) {
            html.append("<article>\n<h2>").append(escape(r.getModule().getCourse().getTitle().in(locale)))
                    .append(": ").append(escape(r.getModule().getTitle().in(locale))).append("</h2>\n<p class=\"meta\">")
                    .append(r.getStatus() == ReflectionStatus.SUBMITTED
                            ? (danish ? "Indsendt " : "Submitted ") + DAY.format(r.getSubmittedAt())
                            : (danish ? "Kladde, gemt " : "Draft, saved ") + DAY.format(r.getUpdatedAt()))
                    .append("</p>\n").append(r.getBody()).append("\n</article>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
