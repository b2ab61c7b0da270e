package dk.samspil.followup.entity;

import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.evaluation.entity.QuestionKind;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Municipality;
import dk.samspil.shared.PersonalData;
import dk.samspil.shared.PersonalData.Kind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's answers to a follow-up about one enrolment: the participant's own, or a leader's
 * about the participant. Scores must be 1–5, words at most {@link FollowUpAnswer#COMMENT_MAX}
 * characters; unanswered questions are left out, but an empty response is refused. Only a
 * participant says whether a partnership began or went on, and only a participant chooses to share
 * with their leader and to show their name to the consultant (both revocable).
 */
@Entity
@Table(name = "follow_up_response")
public class FollowUpResponse {

    /** Aggregates of fewer responses could be recognised, so none are shown. */
    public static final int MIN_RESPONSES = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "follow_up_id", nullable = false, updatable = false)
    private FollowUp followUp;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 11, updatable = false)
    private Respondent respondent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    @PersonalData(Kind.PERSON)
    private Account author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id", updatable = false)
    private Municipality municipality;

    @Column(name = "answered_on", nullable = false, updatable = false)
    @PersonalData(Kind.ACTIVITY)
    private LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 9, updatable = false)
    @PersonalData(Kind.CONTENT)
    private Partnership partnership;

    @Column(name = "shared_with_leader", nullable = false)
    @PersonalData(Kind.ACTIVITY)
    private boolean sharedWithLeader;

    @Column(name = "name_shown", nullable = false)
    @PersonalData(Kind.ACTIVITY)
    private boolean nameShown;

    /** The sum and number of the scores among the answers, for the report across courses. */
    @Column(name = "score_sum", nullable = false, updatable = false)
    @PersonalData(Kind.CONTENT)
    private int scoreSum;

    @Column(name = "score_count", nullable = false, updatable = false)
    @PersonalData(Kind.CONTENT)
    private int scoreCount;

    @OneToMany(mappedBy = "response", cascade = CascadeType.PERSIST)
    @OrderBy("questionId")
    private List<FollowUpAnswer> answers = new ArrayList<>();

    protected FollowUpResponse() {
    }

    /** A participant's answers about themselves. */
    public static FollowUpResponse byParticipant(FollowUp followUp, Enrolment enrolment, Municipality municipality,
                                                 LocalDate today, List<FollowUpQuestion> questions, Given given) {
        if (given.partnership() == null) {
            throw new FollowUpRefusedException("followup.answer.partnership-required");
        }
        FollowUpResponse response = new FollowUpResponse(followUp, enrolment, Respondent.PARTICIPANT,
                enrolment.getParticipant(), municipality, today, questions, given);
        response.partnership = given.partnership();
        response.share(given.sharedWithLeader(), given.nameShown());
        return response;
    }

    /** A leader's answers about a participant of their institution; the participant will see them. */
    public static FollowUpResponse byLeader(FollowUp followUp, Enrolment enrolment, Account leader, Municipality municipality,
                                            LocalDate today, List<FollowUpQuestion> questions, Given given) {
        return new FollowUpResponse(followUp, enrolment, Respondent.LEADER, leader, municipality, today, questions, given);
    }

    private FollowUpResponse(FollowUp followUp, Enrolment enrolment, Respondent respondent, Account author,
                             Municipality municipality, LocalDate today, List<FollowUpQuestion> questions, Given given) {
        this.followUp = followUp;
        this.enrolment = enrolment;
        this.respondent = respondent;
        this.author = author;
        this.municipality = municipality;
        this.answeredOn = today;
        for (FollowUpQuestion question : questions) {
            if (question.getAudience() != respondent) {
                continue;
            }
            if (question.getKind() == QuestionKind.SCALE) {
                Integer score = given.scores().get(question.getId());
                if (score != null && (score < 1 || score > 5)) {
                    throw new FollowUpRefusedException("followup.answer.score-range");
                }
                if (score != null) {
                    answers.add(new FollowUpAnswer(this, question.getId(), score, null));
                    scoreSum += score;
                    scoreCount++;
                }
            } else {
                String words = given.comments().get(question.getId());
                String text = words == null ? "" : words.strip();
                if (text.length() > FollowUpAnswer.COMMENT_MAX) {
                    throw new FollowUpRefusedException("followup.answer.too-long", FollowUpAnswer.COMMENT_MAX);
                }
                if (!text.isEmpty()) {
                    answers.add(new FollowUpAnswer(this, question.getId(), null, text));
                }
            }
        }
        if (answers.isEmpty()) {
            throw new FollowUpRefusedException("followup.answer.empty");
        }
    }

    /** The participant's choices, which they may change at any time: their leader sees it, the consultant sees their name. */
    public void share(boolean withLeader, boolean name) {
        if (respondent != Respondent.PARTICIPANT) {
            throw new FollowUpRefusedException("followup.share.participant-only");
        }
        this.sharedWithLeader = withLeader;
        this.nameShown = name;
    }

    /** A leader of the participant's workplace reads it: their own kind of answer always, a participant's only if shared. */
    public boolean isVisibleToLeader() {
        return respondent == Respondent.LEADER || sharedWithLeader;
    }

    /** Whether aggregates of this many responses may be shown. */
    public static boolean enoughToShow(long responses) {
        return responses >= MIN_RESPONSES;
    }

    /** What a person gave in the form: scores and words by question, and a participant's choices. */
    public record Given(Map<Long, Integer> scores, Map<Long, String> comments, Partnership partnership,
                        boolean sharedWithLeader, boolean nameShown) {

        public Given {
            scores = Map.copyOf(scores == null ? Map.of() : withoutNulls(scores));
            comments = Map.copyOf(comments == null ? Map.of() : withoutNulls(comments));
        }

        /** A leader's answers: words and scores only. */
        public static Given leaders(Map<Long, Integer> scores, Map<Long, String> comments) {
            return new Given(scores, comments, null, false, false);
        }

        private static <V> Map<Long, V> withoutNulls(Map<Long, V> values) {
            Map<Long, V> present = new HashMap<>();
            values.forEach((k, v) -> {
                if (k != null && v != null) {
                    present.put(k, v);
                }
            });
            return present;
        }
    }

    public Long getId() {
        return id;
    }

    public FollowUp getFollowUp() {
        return followUp;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public Account getAuthor() {
        return author;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public boolean isSharedWithLeader() {
        return sharedWithLeader;
    }

    public boolean isNameShown() {
        return nameShown;
    }

    public int getScoreSum() {
        return scoreSum;
    }

    public int getScoreCount() {
        return scoreCount;
    }

    public List<FollowUpAnswer> getAnswers() {
        return List.copyOf(answers);
    }
}
