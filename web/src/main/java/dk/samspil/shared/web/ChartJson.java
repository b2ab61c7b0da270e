package dk.samspil.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, built as JSON text. Labels are escaped
 * for JSON and for the HTML attribute the chart is written into. Every chart on a page also has its
 * figures in a table next to it, for those who cannot see the chart.
 */
public final class ChartJson {

    private ChartJson() {
    }

    /**
     * Bars of one or more series. Numbers on the axis and in the tooltips follow the reader's
     * language (Chart.js formats them with Intl: "1,5" in Danish); a bar is never thicker than
     * 48 px, so that one bar alone does not fill the chart like a block. A missing value (null) has no bar.
     */
    public static String bars(List<String> labels, List<ChartSeries> series, boolean horizontal, ChartAxis axis, Locale locale) {
        String data = series.stream()
                .map(s -> "{\"label\":" + text(s.label()) + ",\"data\":["
                        + s.values().stream().map(v -> v == null ? "null" : String.format(Locale.ROOT, "%.2f", v.doubleValue()))
                        .collect(Collectors.joining(",")) + "],\"backgroundColor\":" + text(s.colour())
                        + ",\"maxBarThickness\":48}")
                .collect(Collectors.joining(","));
        String scale = axis.max() == null ? "{\"beginAtZero\":true" : String.format(Locale.ROOT, "{\"min\":0,\"max\":%.2f", axis.max());
        scale += axis.whole() ? ",\"ticks\":{\"precision\":0}" : "";
        scale += axis.title() == null ? "}" : ",\"title\":{\"display\":true,\"text\":" + text(axis.title()) + "}}";
        return "{\"type\":\"bar\",\"data\":{\"labels\":["
                + labels.stream().map(ChartJson::text).collect(Collectors.joining(",")) + "],\"datasets\":[" + data
                + "]},\"options\":{\"locale\":" + text(languageTag(locale)) + "," + (horizontal ? "\"indexAxis\":\"y\"," : "")
                + "\"scales\":{\"" + (horizontal ? "x" : "y") + "\":" + scale + "}}}";
    }

    /** Danish as written in Denmark, English as in the United Kingdom (day before month, 24-hour clock). */
    static String languageTag(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en-GB" : "da-DK";
    }

    static String text(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
