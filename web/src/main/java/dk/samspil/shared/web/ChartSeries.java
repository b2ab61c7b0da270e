package dk.samspil.shared.web;

import java.util.List;

/** One series of bars. */
public record ChartSeries(String label, List<? extends Number> values, String colour) {
}
