package dk.samspil.evaluation.web;

import dk.samspil.catalog.entity.CourseNotFoundException;
import dk.samspil.evaluation.boundary.CourseEvaluations;
import dk.samspil.evaluation.boundary.EvaluationNotFoundException;
import dk.samspil.evaluation.boundary.EvaluationResults.QuestionResult;
import dk.samspil.evaluation.boundary.EvaluationResults;
import dk.samspil.evaluation.entity.QuestionKind;
import dk.samspil.shared.web.ChartAxis;
import dk.samspil.shared.web.ChartJson;
import dk.samspil.shared.web.ChartSeries;
import dk.samspil.shared.web.LanguageBacking;
import dk.samspil.shared.web.MessageResolver;
import dk.samspil.shared.web.TableExport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * consultant/course-evaluation.xhtml?code=: the evaluation's questions (changeable until the first
 * answer) and its results with a chart and exports; partner/evaluation.xhtml?code= shows a
 * co-designing partner the scores.
 */
@Named
@ViewScoped
public class CourseEvaluationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseEvaluations evaluations;

    @Inject
    LanguageBacking language;

    private String code;
    private EvaluationResults results;
    private QuestionKind kind = QuestionKind.SCALE;
    private String textDa;
    private String textEn;

    public void load() {
        try {
            results = evaluations.results(code == null ? "" : code, language.getLocale());
        } catch (CourseNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public void loadForPartner() {
        try {
            results = evaluations.resultsForPartner(code == null ? "" : code, language.getLocale());
        } catch (CourseNotFoundException | EvaluationNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public void addQuestion() {
        evaluations.addQuestion(code, kind, textDa, textEn);
        textDa = null;
        textEn = null;
        Messages.addGlobalInfo("evaluation.setup.added");
        load();
    }

    public void removeQuestion(QuestionResult question) {
        evaluations.removeQuestion(code, question.id());
        Messages.addGlobalInfo("evaluation.setup.removed");
        load();
    }

    /** The mean score per statement as a bar chart; the same figures are in the table beside it. */
    public String getChart() {
        List<QuestionResult> scales = results.questions().stream().filter(q -> q.kind() == QuestionKind.SCALE).toList();
        return ChartJson.bars(scales.stream().map(q -> q.position() + ". " + shorten(q.text())).toList(),
                List.of(new ChartSeries(MessageResolver.text("evaluation.results.mean"),
                        scales.stream().map(QuestionResult::mean).toList(), "#1f5f8b")), true, ChartAxis.upTo(5),
                language.getLocale());
    }

    public void exportCsv() throws IOException {
        Faces.sendFile(table().csv(), code + "-" + MessageResolver.text("evaluation.results.file-name") + ".csv", true);
    }

    public void exportXlsx() throws IOException {
        Faces.sendFile(table().xlsx(code), code + "-" + MessageResolver.text("evaluation.results.file-name") + ".xlsx", true);
    }

    private TableExport table() {
        TableExport table = TableExport.withHeader(List.of(MessageResolver.text("evaluation.results.csv-header").split(",")));
        for (QuestionResult q : results.questions()) {
            if (q.kind() == QuestionKind.SCALE) {
                table.row(q.position(), q.text(), q.answered(), q.mean(), q.count(1), q.count(2), q.count(3), q.count(4),
                        q.count(5), null);
            } else {
                q.comments().forEach(comment -> table.row(q.position(), q.text(), null, null, null, null, null, null,
                        null, comment));
            }
        }
        return table;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 39) + "…" : text;
    }

    public List<QuestionKind> getKinds() {
        return List.of(QuestionKind.values());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public EvaluationResults getResults() {
        return results;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getTextDa() {
        return textDa;
    }

    public void setTextDa(String textDa) {
        this.textDa = textDa;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }
}
