package dk.samspil.development.web;

import dk.samspil.catalog.boundary.Catalog;
import dk.samspil.catalog.boundary.CatalogFacets;
import dk.samspil.development.boundary.CoverageNotFoundException;
import dk.samspil.development.boundary.InstitutionShare;
import dk.samspil.development.boundary.StaffOverview;
import dk.samspil.development.boundary.StaffPage;
import dk.samspil.development.boundary.StaffQuery;
import dk.samspil.development.boundary.StaffRow;
import dk.samspil.development.boundary.ThemeCompletions;
import dk.samspil.people.entity.JobFunction;
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
import java.util.List;

/**
 * leader/my-staff.xhtml?institution=&job=&theme=&q=&sort=&page=: the leader's staff table. The filters
 * live in the address, so a view can be bookmarked; the exports take the same filters.
 */
@Named
@RequestScoped
public class MyStaffBacking {

    @Inject
    StaffOverview staff;

    @Inject
    LanguageBacking language;

    @Inject
    Catalog catalog;

    private Long institution;
    private JobFunction job;
    private String theme;
    private String q;
    private String sort;
    private int page;
    private StaffPage result;

    public void load() {
        try {
            result = staff.findMyStaff(query(), language.getLocale());
        } catch (CoverageNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    /** Completed courses per theme, this year and last; the table beside the chart has the same figures. */
    public String getCompletionsChart() {
        var charts = result.charts();
        return ChartJson.bars(charts.completions().stream().map(ThemeCompletions::theme).toList(), List.of(
                new ChartSeries(String.valueOf(charts.year() - 1),
                        charts.completions().stream().map(ThemeCompletions::lastYear).toList(), "#9bb8cf"),
                new ChartSeries(String.valueOf(charts.year()),
                        charts.completions().stream().map(ThemeCompletions::thisYear).toList(), "#1f5f8b")), false, ChartAxis.counts(),
                language.getLocale());
    }

    /** Per institution, the share (%) of staff with at least one course this year. */
    public String getParticipationChart() {
        var charts = result.charts();
        return ChartJson.bars(charts.participation().stream().map(InstitutionShare::institution).toList(), List.of(
                new ChartSeries(MessageResolver.text("development.chart.participation-series"),
                        charts.participation().stream().map(p -> Math.round(p.share() * 100)).toList(), "#1f5f8b")), true,
                ChartAxis.percent(MessageResolver.text("development.chart.participation-axis")),
                language.getLocale());
    }

    public void exportCsv() throws IOException {
        Faces.sendFile(table().csv(), MessageResolver.text("development.my-staff.file-name") + ".csv", true);
    }

    public void exportXlsx() throws IOException {
        Faces.sendFile(table().xlsx(MessageResolver.text("development.my-staff.title")),
                MessageResolver.text("development.my-staff.file-name") + ".xlsx", true);
    }

    private StaffQuery query() {
        return new StaffQuery(institution, job, theme, q, sort, page);
    }

    private TableExport table() {
        TableExport table = TableExport.withHeader(List.of(
                MessageResolver.text("development.my-staff.csv-header").split(",")));
        for (StaffRow row : staff.exportMyStaff(query())) {
            table.row(row.displayName(), row.email(), row.institution(),
                    row.jobFunction() == null ? null : MessageResolver.text("people.job-function." + row.jobFunction()),
                    row.coursesInProgress(), row.waitingEnrolments(), row.completedCourses(), row.ectsThisYear(), row.ectsTotal(),
                    row.openGoals(), row.overdueGoals(),
                    row.lastActivity() == null ? null : row.lastActivity().toLocalDate());
        }
        return table;
    }

    public List<JobFunction> getJobs() {
        return List.of(JobFunction.values());
    }

    public List<CatalogFacets.Option> getThemes() {
        return catalog.findFacets(language.getLocale()).themes();
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public JobFunction getJob() {
        return job;
    }

    public void setJob(JobFunction job) {
        this.job = job;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public StaffPage getResult() {
        return result;
    }
}
