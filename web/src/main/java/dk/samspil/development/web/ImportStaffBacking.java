package dk.samspil.development.web;

import dk.samspil.development.boundary.Option;
import dk.samspil.development.control.StaffImportReport.Outcome;
import dk.samspil.development.control.StaffImportReport;
import dk.samspil.development.boundary.StaffImports;
import dk.samspil.development.boundary.StaffOverview;
import dk.samspil.shared.CsvTable;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * leader/import-staff.xhtml: an institution's staff file, checked and shown row by row, saved only
 * when the leader confirms. The file's bytes stay in the view between the two steps.
 */
@Named
@ViewScoped
public class ImportStaffBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffImports imports;

    @Inject
    StaffOverview staff;

    private Long institution;
    private boolean deactivateMissing;
    private transient Part file;
    private byte[] content;
    private StaffImportReport report;
    private List<Option> institutions;

    public List<Option> getInstitutions() {
        if (institutions == null) {
            institutions = staff.findMyInstitutions();
        }
        return institutions;
    }

    public void preview() throws IOException {
        report = null;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(CsvTable.MAX_BYTES + 1);
        }
        report = imports.preview(institution, content, deactivateMissing);
    }

    /** A second click on a confirmation already done does nothing. */
    public void confirm() {
        if (content == null) {
            return;
        }
        report = imports.apply(institution, content, deactivateMissing);
        content = null;
        Messages.addGlobalInfo("development.import.saved", report.count(Outcome.NEW), report.count(Outcome.UPDATE),
                report.count(Outcome.DEACTIVATE), report.count(Outcome.REFUSED));
    }

    public void reset() {
        content = null;
        report = null;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public boolean isDeactivateMissing() {
        return deactivateMissing;
    }

    public void setDeactivateMissing(boolean deactivateMissing) {
        this.deactivateMissing = deactivateMissing;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public StaffImportReport getReport() {
        return report;
    }
}
