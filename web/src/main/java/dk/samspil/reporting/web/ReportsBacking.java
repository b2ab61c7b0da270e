package dk.samspil.reporting.web;

import dk.samspil.reporting.boundary.CourseFigures;
import dk.samspil.reporting.boundary.SemesterReport;
import dk.samspil.reporting.boundary.SemesterReports;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.web.LanguageBacking;
import dk.samspil.shared.web.MessageResolver;
import dk.samspil.shared.web.TableExport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.util.List;

/** consultant/reports.xhtml?year=&half=: a semester's report, and its course table as CSV or XLSX. */
@Named
@RequestScoped
public class ReportsBacking {

    @Inject
    SemesterReports reports;

    @Inject
    LanguageBacking language;

    private Integer year;
    private Integer half;
    private SemesterReport report;

    public void load() {
        report = reports.report(getYear(), getHalf(), language.getLocale());
    }

    public void exportCsv() throws IOException {
        Faces.sendFile(table().csv(), fileName() + ".csv", true);
    }

    public void exportXlsx() throws IOException {
        Faces.sendFile(table().xlsx(fileName()), fileName() + ".xlsx", true);
    }

    private String fileName() {
        return MessageResolver.text("reporting.file-name") + "-" + getYear() + "-" + getHalf();
    }

    private TableExport table() {
        TableExport table = TableExport.withHeader(List.of(MessageResolver.text("reporting.csv-header").split(",")));
        for (CourseFigures c : reports.report(getYear(), getHalf(), language.getLocale()).courses()) {
            table.row(c.code(), c.title(), c.theme(), c.municipality(), MessageResolver.text("catalog.status." + c.status()),
                    c.seats(), c.seated(), c.fillRate(), c.waitlisted(), c.completed(), c.completionRate(),
                    c.attendanceRate(), c.followUpsAnswered(), c.partnershipRateShown() ? c.partnershipRate() : null);
        }
        return table;
    }

    public Integer getYear() {
        return year == null ? DanishTime.today().getYear() : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getHalf() {
        return half == null ? (DanishTime.today().getMonthValue() <= 6 ? 1 : 2) : half;
    }

    public void setHalf(Integer half) {
        this.half = half;
    }

    public SemesterReport getReport() {
        return report;
    }
}
