package dk.samspil.followup.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A course's follow-up as its consultant plans and reads it: whether one is attached, its weeks and
 * the day it opens (none before the course has sessions), when it opened and reminded, how many
 * completed the course, whether the questions are locked (someone answered), the questions for
 * each audience and each audience's results.
 */
public record CourseFollowUp(String courseCode, String courseTitle, boolean attached, int weeks, LocalDate dueOn,
                             LocalDate openedOn, LocalDate remindedOn, long completed, boolean locked,
                             List<FollowUpForm.Question> participantQuestions, List<FollowUpForm.Question> leaderQuestions,
                             FollowUpResults participants, FollowUpResults leaders) implements Serializable {
}
