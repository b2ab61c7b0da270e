package dk.samspil.shared.web;

/**
 * A bar chart's value axis: counts (whole numbers from 0, never a tick at 0.2 people), or a scale
 * from 0 to a fixed maximum (a mean score to 5, a share to 100 %).
 */
public record ChartAxis(Double max, boolean whole) {

    public static ChartAxis counts() {
        return new ChartAxis(null, true);
    }

    public static ChartAxis upTo(double max) {
        return new ChartAxis(max, false);
    }
}
