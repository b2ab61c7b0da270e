package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.ThemeRow;
import dk.samspil.catalog.boundary.Themes;
import dk.samspil.catalog.entity.Theme;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/** consultant/themes.xhtml: the list of themes and one form that adds a theme or renames one. */
@Named
@ViewScoped
public class ThemesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Themes themes;

    private List<ThemeRow> rows;
    private boolean editing;

    /** The form checks shape and length (its validators show the translated messages). */
    private String code;
    private String nameDa;
    private String nameEn;

    @PostConstruct
    void load() {
        rows = themes.findAll();
    }

    public void save() {
        if (editing) {
            themes.rename(code, nameDa, nameEn);
            Messages.addGlobalInfo("catalog.themes.renamed", nameDa);
        } else {
            themes.create(code, nameDa, nameEn);
            Messages.addGlobalInfo("catalog.themes.created", nameDa);
        }
        startOver();
    }

    public void edit(ThemeRow row) {
        editing = true;
        code = row.code();
        nameDa = row.nameDa();
        nameEn = row.nameEn();
    }

    public void toggle(ThemeRow row) {
        if (row.active()) {
            themes.retire(row.code());
            Messages.addGlobalInfo("catalog.themes.retired", row.nameDa());
        } else {
            themes.reinstate(row.code());
            Messages.addGlobalInfo("catalog.themes.reinstated", row.nameDa());
        }
        startOver();
    }

    public void startOver() {
        editing = false;
        code = null;
        nameDa = null;
        nameEn = null;
        load();
    }

    /** The entity's own rule for codes, so the form checks exactly what the database will accept. */
    public String getCodePattern() {
        return Theme.CODE_PATTERN;
    }

    public List<ThemeRow> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameDa() {
        return nameDa;
    }

    public void setNameDa(String nameDa) {
        this.nameDa = nameDa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
