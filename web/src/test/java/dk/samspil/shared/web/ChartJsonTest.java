package dk.samspil.shared.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartJsonTest {

    private static final List<ChartSeries> ONE = List.of(new ChartSeries("2026", List.of(2, 1), "#1f5f8b"));

    @Test
    void countsHaveWholeTicksFromZero() {
        String json = ChartJson.bars(List.of("Åben skole", "Inklusion"), ONE, false, ChartAxis.counts(), LanguageBacking.DANISH);
        assertTrue(json.contains("\"scales\":{\"y\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}"), json);
    }

    @Test
    void aShareRunsToOneHundredAlongTheHorizontalAxis() {
        String json = ChartJson.bars(List.of("Fjordskolen"), ONE, true, ChartAxis.upTo(100), LanguageBacking.DANISH);
        assertTrue(json.contains("\"indexAxis\":\"y\",\"scales\":{\"x\":{\"min\":0,\"max\":100.00}}"), json);
        assertTrue(json.contains("\"maxBarThickness\":48"), "one bar alone is not a block: " + json);
    }

    @Test
    void aPercentageRunsToOneHundredInWholeNumbersAndNamesItsUnit() {
        String json = ChartJson.bars(List.of("Fjordskolen"), ONE, true, ChartAxis.percent("Andel (%)"), LanguageBacking.DANISH);
        assertTrue(json.contains("\"x\":{\"min\":0,\"max\":100.00,\"ticks\":{\"precision\":0},"
                + "\"title\":{\"display\":true,\"text\":\"Andel (%)\"}}"), json);
    }

    @Test
    void numbersFollowTheReadersLanguage() {
        assertTrue(ChartJson.bars(List.of("a"), ONE, false, ChartAxis.counts(), LanguageBacking.DANISH).contains("\"locale\":\"da-DK\""));
        assertTrue(ChartJson.bars(List.of("a"), ONE, false, ChartAxis.counts(), Locale.ENGLISH).contains("\"locale\":\"en-GB\""));
    }

    @Test
    void labelsCannotBreakOutOfTheJsonOrTheAttribute() {
        assertEquals("\"\\\"\\u003cscript\\u003e\\\\\"", ChartJson.text("\"<script>\\"));
    }
}
