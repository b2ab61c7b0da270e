package dk.samspil.reflection.web;

import dk.samspil.reflection.boundary.MineRow;
import dk.samspil.reflection.boundary.MyReflections;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** participant/my-learning.xhtml?q=: all the participant's reflections, searchable, and an HTML file to keep them. */
@Named
@RequestScoped
public class MyLearningBacking {

    @Inject
    MyReflections reflections;

    @Inject
    LanguageBacking language;

    private String q;
    private List<MineRow> rows;

    public void load() {
        rows = reflections.findMine(q, language.getLocale());
    }

    /** Every reflection as one self-contained HTML document the participant can keep or print. */
    public void export() throws IOException {
        Faces.sendFile(reflections.export(language.getLocale()).getBytes(StandardCharsets.UTF_8),
                "mine-refleksioner.html", true);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<MineRow> getRows() {
        return rows;
    }
}
