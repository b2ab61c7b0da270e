package dk.samspil.shared.web;

/**
 * A bar chart's value axis: counts (whole numbers from 0, never a tick at 0.2 people), a scale from 0
 * to a fixed maximum (a mean score to 5), or a share from 0 to 100 in whole per cent; {@code title}
 * names the axis' unit when the labels alone would not ("%"), or is null.
 */
public record ChartAxis(Double max, boolean whole, String title) {

    public static ChartAxis counts() {
        return new ChartAxis(null, true, null);
    }

    public static ChartAxis upTo(double max) {
        return new ChartAxis(max, false, null);
    }

    /** A share in per cent, 0 to 100 in whole numbers, the axis titled with {@code title}. */
    public static ChartAxis percent(String title) {
        return new ChartAxis(100.0, true, title);
    }
}
