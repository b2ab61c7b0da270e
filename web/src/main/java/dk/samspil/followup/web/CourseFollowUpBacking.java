package dk.samspil.followup.web;

import dk.samspil.catalog.entity.CourseNotFoundException;
import dk.samspil.evaluation.entity.QuestionKind;
import dk.samspil.followup.boundary.CourseFollowUp;
import dk.samspil.followup.boundary.CourseFollowUps;
import dk.samspil.followup.boundary.FollowUpForm;
import dk.samspil.followup.boundary.FollowUpResults;
import dk.samspil.followup.boundary.FollowUpResults.QuestionResult;
import dk.samspil.followup.entity.FollowUp;
import dk.samspil.followup.entity.Partnership;
import dk.samspil.followup.entity.Respondent;
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
 * consultant/course-follow-up.xhtml?code=: attach a follow-up to a course (weeks after the last
 * session), change its questions until the first answer, and read the participants' and leaders'
 * results with exports.
 */
@Named
@ViewScoped
public class CourseFollowUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseFollowUps followUps;

    @Inject
    LanguageBacking language;

    private String code;
    private CourseFollowUp followUp;
    private Integer weeks;
    private Respondent audience = Respondent.PARTICIPANT;
    private QuestionKind kind = QuestionKind.SCALE;
    private String textDa;
    private String textEn;

    public void load() {
        try {
            followUp = followUps.overview(code == null ? "" : code, language.getLocale());
            weeks = followUp.weeks();
        } catch (CourseNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public void attach() {
        followUps.attach(code, weeks == null ? FollowUp.DEFAULT_WEEKS : weeks);
        Messages.addGlobalInfo(followUp.attached() ? "followup.setup.moved" : "followup.setup.attached");
        load();
    }

    public void openNow() {
        followUps.openNow(code);
        Messages.addGlobalInfo("followup.setup.opened");
        load();
    }

    public void detach() {
        followUps.detach(code);
        Messages.addGlobalInfo("followup.setup.detached");
        load();
    }

    public void addQuestion() {
        followUps.addQuestion(code, audience, kind, textDa, textEn);
        textDa = null;
        textEn = null;
        Messages.addGlobalInfo("followup.setup.added");
        load();
    }

    public void removeQuestion(FollowUpForm.Question question) {
        followUps.removeQuestion(code, question.id());
        Messages.addGlobalInfo("followup.setup.removed");
        load();
    }

    public void exportCsv() throws IOException {
        Faces.sendFile(table().csv(), fileName() + ".csv", true);
    }

    public void exportXlsx() throws IOException {
        Faces.sendFile(table().xlsx(code), fileName() + ".xlsx", true);
    }

    private String fileName() {
        return code + "-" + MessageResolver.text("followup.results.file-name");
    }

    /** One row per statement (counts and mean) and per open answer, for each audience whose results are shown. */
    private TableExport table() {
        TableExport table = TableExport.withHeader(List.of(MessageResolver.text("followup.results.csv-header").split(",")));
        for (Respondent respondent : Respondent.values()) {
            FollowUpResults results = respondent == Respondent.PARTICIPANT ? followUp.participants() : followUp.leaders();
            String who = MessageResolver.text("followup.audience." + respondent);
            for (QuestionResult q : results.questions()) {
                if (q.kind() == QuestionKind.SCALE) {
                    table.row(who, q.position(), q.text(), q.answered(), q.mean(), q.count(1), q.count(2), q.count(3),
                            q.count(4), q.count(5), null, null);
                } else {
                    q.comments().forEach(c -> table.row(who, q.position(), q.text(), null, null, null, null, null, null,
                            null, c.text(), c.author()));
                }
            }
            if (respondent == Respondent.PARTICIPANT && results.shown()) {
                for (Partnership p : Partnership.values()) {
                    table.row(who, null, MessageResolver.text("followup.partnership." + p), results.partnerships(p),
                            null, null, null, null, null, null, null, null);
                }
            }
        }
        return table;
    }

    public List<Respondent> getAudiences() {
        return List.of(Respondent.values());
    }

    public List<QuestionKind> getKinds() {
        return List.of(QuestionKind.values());
    }

    public List<Partnership> getPartnerships() {
        return List.of(Partnership.values());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CourseFollowUp getFollowUp() {
        return followUp;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }

    public Respondent getAudience() {
        return audience;
    }

    public void setAudience(Respondent audience) {
        this.audience = audience;
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
