package dk.samspil.enrolment.web;

import dk.samspil.enrolment.boundary.BulkEnrolmentReport;
import dk.samspil.enrolment.boundary.CourseEnrolments;
import dk.samspil.shared.CsvTable;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * The bulk part of consultant/course-enrolments.xhtml: a CSV file of staff is checked and shown row
 * by row; only when the consultant confirms are the valid rows enrolled. The file's bytes stay in the
 * view between the two steps and are checked again when saved.
 */
@Named
@ViewScoped
public class StaffFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseEnrolments enrolments;

    @Inject
    CourseEnrolmentsBacking list;

    private transient Part file;
    private byte[] content;
    private BulkEnrolmentReport report;

    public void preview() throws IOException {
        report = null;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(CsvTable.MAX_BYTES + 1);
        }
        report = enrolments.previewStaffFile(list.getCode(), content);
    }

    /** A second click on a confirmation already done does nothing. */
    public void confirm() {
        if (content == null) {
            return;
        }
        report = enrolments.enrolStaffFile(list.getCode(), content);
        content = null;
        Messages.addGlobalInfo("enrolment.bulk.saved", report.accepted(), report.rejected());
        list.load();
    }

    public void reset() {
        content = null;
        report = null;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public BulkEnrolmentReport getReport() {
        return report;
    }
}
