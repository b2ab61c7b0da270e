/**
 * Follow-up on transfer (opfølgning): a consultant attaches a follow-up to a course, and some weeks
 * after its last session (default {@value dk.samspil.followup.entity.FollowUp#DEFAULT_WEEKS}) each
 * participant who completed it and their leader are asked what changed in practice, with one
 * reminder. The questions are per course (the college's standard set, changeable until the first
 * answer), some for participants and some for leaders. Answers belong to their author: a
 * participant's answer reaches their leader only if they share it, and their name reaches the
 * consultant only if they allow it; a leader's answer about a participant is always shown to that
 * participant. The consultant sees aggregates per course, theme and municipality, each only from
 * {@value dk.samspil.followup.entity.FollowUpResponse#MIN_RESPONSES} responses on.
 */
package dk.samspil.followup;
