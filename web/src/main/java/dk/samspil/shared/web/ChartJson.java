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

    public static String bars(List<String> labels, List<ChartSeries> series, boolean horizontal, Double max) {
        String data = series.stream()
                .map(s -> "{\"label\":" + text(s.label()) + ",\"data\":["
                        + s.values().stream().map(v -> String.format(Locale.ROOT, "%.2f", v.doubleValue()))
                        .collect(Collectors.joining(",")) + "],\"backgroundColor\":" + text(s.colour()) + "}")
                .collect(Collectors.joining(","));
        String axis = horizontal ? "x" : "y";
        String scale = max == null ? "{\"beginAtZero\":true}"
                : String.format(Locale.ROOT, "{\"min\":0,\"max\":%.2f}", max);
        return "{\"type\":\"bar\",\"data\":{\"labels\":["
                + labels.stream().map(ChartJson::text).collect(Collectors.joining(",")) + "],\"datasets\":[" + data
                + "]},\"options\":{" + (horizontal ? "\"indexAxis\":\"y\"," : "") + "\"scales\":{\"" + axis + "\":"
                + scale + "}}}";
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
