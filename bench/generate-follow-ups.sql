-- For bench/follow-ups.sh: follow-ups on the large municipality's 80 completed courses (load
-- bench/generate-staff.sql first). Each opened twelve weeks after the course (or today, if that is
-- still ahead) with four questions; four in five of the completers answered (three answers each,
-- words from every second), and a leader answered for one in three. Ids from 1,000,000 up for
-- responses and 3,000,000 up for questions and answers; INSERT IGNORE, so it can run again.
INSERT IGNORE INTO follow_up (id, course_id, weeks_after, opened_on, reminded_on)
SELECT c.id, c.id, 12, o.opened_on, IF(o.opened_on + INTERVAL 14 DAY <= CURDATE(), o.opened_on + INTERVAL 14 DAY, NULL)
FROM course c JOIN (SELECT id, LEAST(period_end + INTERVAL 12 WEEK, CURDATE()) AS opened_on FROM course
                    WHERE id BETWEEN 300001 AND 300080) o ON o.id = c.id;

INSERT IGNORE INTO follow_up_question (id, follow_up_id, audience, position, kind, text_da, text_en)
SELECT f.id * 10 + q.n, f.id, q.audience, q.position, q.kind, q.text_da, q.text_en
FROM follow_up f JOIN (SELECT 1 AS n, 'PARTICIPANT' AS audience, 1 AS position, 'SCALE' AS kind,
                              'Jeg har afprøvet noget fra kurset i min praksis.' AS text_da, NULL AS text_en
                       UNION ALL SELECT 2, 'PARTICIPANT', 2, 'SCALE', 'Det har gjort en forskel for eleverne.', NULL
                       UNION ALL SELECT 3, 'PARTICIPANT', 3, 'TEXT', 'Hvad har du afprøvet?', NULL
                       UNION ALL SELECT 4, 'LEADER', 1, 'SCALE', 'Medarbejderen har bragt noget ind i vores praksis.', NULL) q
WHERE f.id BETWEEN 300001 AND 300080;

INSERT IGNORE INTO follow_up_response (id, follow_up_id, enrolment_id, respondent, author_id, municipality_id, answered_on,
                                       partnership, shared_with_leader, name_shown)
SELECT 1000000 + e.id * 2, f.id, e.id, 'PARTICIPANT', e.account_id, 300000, f.opened_on + INTERVAL MOD(e.id, 10) DAY,
       ELT(MOD(e.id, 3) + 1, 'NEW', 'CONTINUED', 'NONE'), MOD(e.id, 2) = 0, MOD(e.id, 4) = 0
FROM follow_up f JOIN enrolment e ON e.course_id = f.course_id
WHERE f.id BETWEEN 300001 AND 300080 AND e.status = 'COMPLETED' AND MOD(e.id, 5) <> 0;
INSERT IGNORE INTO follow_up_response (id, follow_up_id, enrolment_id, respondent, author_id, municipality_id, answered_on)
SELECT 1000000 + e.id * 2 + 1, f.id, e.id, 'LEADER', IF(a.institution_id <= 300008, 299999, 299998), 300000,
       f.opened_on + INTERVAL MOD(e.id, 12) DAY
FROM follow_up f JOIN enrolment e ON e.course_id = f.course_id JOIN account a ON a.id = e.account_id
WHERE f.id BETWEEN 300001 AND 300080 AND e.status = 'COMPLETED' AND MOD(e.id, 3) = 0;

INSERT IGNORE INTO follow_up_answer (id, response_id, question_id, score, comment)
SELECT 3000000 + r.id * 4 + 1, r.id, r.follow_up_id * 10 + 1, 1 + MOD(r.enrolment_id, 5), NULL
FROM follow_up_response r WHERE r.id >= 1000000 AND r.respondent = 'PARTICIPANT'
UNION ALL
SELECT 3000000 + r.id * 4 + 2, r.id, r.follow_up_id * 10 + 2, 1 + MOD(r.enrolment_id * 7, 5), NULL
FROM follow_up_response r WHERE r.id >= 1000000 AND r.respondent = 'PARTICIPANT'
UNION ALL
SELECT 3000000 + r.id * 4 + 3, r.id, r.follow_up_id * 10 + 3, NULL, CONCAT('Afprøvet sammen med foreningen, uge ', MOD(r.id, 52) + 1)
FROM follow_up_response r WHERE r.id >= 1000000 AND r.respondent = 'PARTICIPANT' AND MOD(r.enrolment_id, 2) = 0
UNION ALL
SELECT 3000000 + r.id * 4 + 4, r.id, r.follow_up_id * 10 + 4, 1 + MOD(r.enrolment_id, 5), NULL
FROM follow_up_response r WHERE r.id >= 1000000 AND r.respondent = 'LEADER';

-- Each response carries the sum and number of its scores, as the application keeps them.
UPDATE follow_up_response r
    JOIN (SELECT response_id, SUM(score) AS total, COUNT(score) AS scores FROM follow_up_answer
          WHERE score IS NOT NULL GROUP BY response_id) a ON a.response_id = r.id
SET r.score_sum = a.total, r.score_count = a.scores
WHERE r.id >= 1000000 AND r.score_count = 0;

ANALYZE TABLE follow_up, follow_up_question, follow_up_response, follow_up_answer;
