/**
 * Course evaluations: when a course has ended, each seated participant answers a few questions
 * once (statements scored 1–5 and open questions, configurable per course until the first answer
 * arrives). Answers are anonymous to everyone: a response holds no person and only its day, and
 * the receipt that stops a second answer holds nothing but the enrolment. Results are shown only
 * from {@link dk.samspil.evaluation.boundary.EvaluationResults#MIN_RESPONSES} responses on, so a
 * single answer cannot be recognised; partners who co-designed the course see the scores only.
 */
package dk.samspil.evaluation;
