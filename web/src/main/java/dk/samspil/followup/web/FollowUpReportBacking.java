package dk.samspil.followup.web;

import dk.samspil.followup.boundary.FollowUpFigures;
import dk.samspil.followup.boundary.FollowUpReport;
import dk.samspil.followup.boundary.FollowUpReports;
import dk.samspil.shared.web.ChartAxis;
import dk.samspil.shared.web.ChartJson;
import dk.samspil.shared.web.ChartSeries;
import dk.samspil.shared.web.LanguageBacking;
import dk.samspil.shared.web.MessageResolver;
import dk.samspil.shared.web.TableExport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * consultant/follow-ups.xhtml: what came of all courses by theme and municipality, and each
 * theme's mean score over the half-years (a chart, with the same figures in a table), as CSV or XLSX.
 */
@Named
@RequestScoped
public class FollowUpReportBacking {

    /** The last half-years shown in the chart, lightest the oldest. */
    private static final List<String> COLOURS = List.of("#c6d9e8", "#9bb8cf", "#5b8db3", "#1f5f8b");

    @Inject
    FollowUpReports reports;

    @Inject
    LanguageBacking language;

    private FollowUpReport report;

    public FollowUpReport getReport() {
        if (report == null) {
            report = reports.report(language.getLocale());
        }
        return report;
    }

    /** Per theme, a bar for each of the last four half-years; a half-year below three responses has no bar. */
    public String getChart() {
        List<FollowUpFigures> points = getReport().overTime();
        List<String> periods = getReport().periods();
        List<String> shown = periods.subList(Math.max(0, periods.size() - COLOURS.size()), periods.size());
        Set<String> themes = new LinkedHashSet<>();
        points.forEach(p -> themes.add(p.name()));
        List<ChartSeries> series = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            String period = shown.get(i);
            List<Double> means = themes.stream().map(theme -> points.stream()
                    .filter(p -> p.name().equals(theme) && p.period().equals(period) && p.shown())
                    .map(FollowUpFigures::mean).findFirst().orElse(null)).toList();
            series.add(new ChartSeries(period(period), means, COLOURS.get(COLOURS.size() - shown.size() + i)));
        }
        return ChartJson.bars(List.copyOf(themes), series, true, ChartAxis.upTo(5), language.getLocale());
    }

    /** "2026-1" as "forår 2026" / "spring 2026". */
    public String period(String period) {
        String[] parts = period.split("-");
        return MessageResolver.text("reporting.half." + parts[1]) + " " + parts[0];
    }

    public void exportCsv() throws IOException {
        Faces.sendFile(table().csv(), MessageResolver.text("followup.report.file-name") + ".csv", true);
    }

    public void exportXlsx() throws IOException {
        Faces.sendFile(table().xlsx(MessageResolver.text("followup.report.file-name")),
                MessageResolver.text("followup.report.file-name") + ".xlsx", true);
    }

    private TableExport table() {
        TableExport table = TableExport.withHeader(List.of(MessageResolver.text("followup.report.csv-header").split(",")));
        row(table, MessageResolver.text("followup.report.by-theme"), getReport().byTheme());
        row(table, MessageResolver.text("followup.report.by-municipality"), getReport().byMunicipality());
        row(table, MessageResolver.text("followup.report.over-time"), getReport().overTime());
        return table;
    }

    private void row(TableExport table, String view, List<FollowUpFigures> figures) {
        for (FollowUpFigures f : figures) {
            table.row(view, f.name(), f.period().isEmpty() ? null : period(f.period()), f.responses(),
                    f.shown() ? f.mean() : null, f.shown() ? f.partnershipShare() : null);
        }
    }
}
