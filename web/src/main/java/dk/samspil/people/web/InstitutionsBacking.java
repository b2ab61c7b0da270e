package dk.samspil.people.web;

import dk.samspil.people.boundary.Choice;
import dk.samspil.people.boundary.InstitutionForm;
import dk.samspil.people.boundary.InstitutionImportReport;
import dk.samspil.people.boundary.InstitutionRow;
import dk.samspil.people.boundary.Institutions;
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
 * admin/institutions.xhtml?q=&municipality=&closed=&page=: the institutions, a new one, and a CSV
 * import reported row by row (saved only when every row is fine).
 */
@Named
@ViewScoped
public class InstitutionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Institutions institutions;

    private String q;
    private Long municipality;
    private boolean closed;
    private int page;
    private List<InstitutionRow> rows;
    /** Reference data, not view state: read again after the session was stored. */
    private transient List<Choice> municipalities;
    private final InstitutionFields fields = new InstitutionFields();
    private transient Part file;
    private InstitutionImportReport report;

    public void load() {
        rows = institutions.search(q, municipality, closed, page);
        fields.offering(institutions);
    }

    public String create() {
        InstitutionForm form = fields.form();
        long id = institutions.create(form);
        Messages.addFlashGlobalInfo("people.institutions.created", form.name().strip());
        return "/admin/institution.xhtml?faces-redirect=true&id=" + id;
    }

    public void importFile() throws IOException {
        report = null;
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(CsvTable.MAX_BYTES + 1);
        }
        report = institutions.importCsv(content);
        if (report.saved()) {
            Messages.addGlobalInfo("people.institutions.import.saved", report.rows().size());
            load();
        } else {
            Messages.addGlobalError("people.institutions.import.refused", report.refused());
        }
    }

    public boolean isMorePages() {
        return rows.size() == Institutions.PAGE_SIZE;
    }

    public List<Choice> getMunicipalities() {
        if (municipalities == null) {
            municipalities = institutions.municipalities();
        }
        return municipalities;
    }

    public InstitutionFields getFields() {
        return fields;
    }

    public List<InstitutionRow> getRows() {
        return rows;
    }

    public InstitutionImportReport getReport() {
        return report;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Long municipality) {
        this.municipality = municipality;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
