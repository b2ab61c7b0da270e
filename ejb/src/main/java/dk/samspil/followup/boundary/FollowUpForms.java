package dk.samspil.followup.boundary;

import dk.samspil.followup.entity.FollowUpAnswer;
import dk.samspil.followup.entity.FollowUpQuestion;
import dk.samspil.followup.entity.FollowUpResponse;
import dk.samspil.followup.entity.Respondent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Questions and responses put into the form's terms, in the reader's language. */
final class FollowUpForms {

    private FollowUpForms() {
    }

    static List<FollowUpForm.Question> asked(List<FollowUpQuestion> all, Respondent audience, Locale locale) {
        return all.stream().filter(q -> q.getAudience() == audience)
                .map(q -> new FollowUpForm.Question(q.getId(), q.getPosition(), q.getKind(), q.getText().in(locale)))
                .toList();
    }

    /** A response with each answer under its question, in the questions' order; none for no response. */
    static FollowUpForm.Answers answers(FollowUpResponse response, List<FollowUpQuestion> all, Locale locale) {
        if (response == null) {
            return null;
        }
        Map<Long, FollowUpAnswer> byQuestion = response.getAnswers().stream()
                .collect(Collectors.toMap(FollowUpAnswer::getQuestionId, Function.identity()));
        List<FollowUpForm.Line> lines = new ArrayList<>();
        for (FollowUpQuestion q : all) {
            FollowUpAnswer answer = byQuestion.get(q.getId());
            if (answer != null) {
                lines.add(new FollowUpForm.Line(q.getPosition() + ". " + q.getText().in(locale), q.getKind(),
                        answer.getScore(), answer.getComment()));
            }
        }
        return new FollowUpForm.Answers(response.getAuthor().getDisplayName(), response.getAnsweredOn(),
                response.getPartnership(), response.isSharedWithLeader(), response.isNameShown(), lines);
    }
}
