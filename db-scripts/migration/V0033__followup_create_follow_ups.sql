-- Follow-up on transfer: some weeks after a course's last session, each participant who completed
-- it and their leader answer a few questions about what changed in practice. The questions are
-- per course (the college's standard set, changeable until the first answer), each for the
-- participants or for the leaders. Answers belong to their author: the participant chooses whether
-- their leader sees theirs and whether the consultant sees their name.
CREATE TABLE follow_up (
    id          BIGINT   NOT NULL AUTO_INCREMENT,
    course_id   BIGINT   NOT NULL,
    weeks_after SMALLINT NOT NULL,
    opened_on   DATE     NULL,
    reminded_on DATE     NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_follow_up_course UNIQUE (course_id),
    CONSTRAINT fk_follow_up_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_follow_up_weeks CHECK (weeks_after BETWEEN 1 AND 52),
    CONSTRAINT ck_follow_up_reminded CHECK (reminded_on IS NULL OR opened_on IS NOT NULL AND reminded_on >= opened_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE follow_up_question (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    follow_up_id BIGINT       NOT NULL,
    audience     VARCHAR(11)  NOT NULL,
    position     INT          NOT NULL,
    kind         VARCHAR(6)   NOT NULL,
    text_da      VARCHAR(300) NOT NULL,
    text_en      VARCHAR(300) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_follow_up_question_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_up (id) ON DELETE CASCADE,
    CONSTRAINT ck_follow_up_question_audience CHECK (audience IN ('PARTICIPANT', 'LEADER')),
    CONSTRAINT ck_follow_up_question_kind CHECK (kind IN ('SCALE', 'TEXT')),
    CONSTRAINT ck_follow_up_question_position CHECK (position BETWEEN 1 AND 12),
    CONSTRAINT ck_follow_up_question_text CHECK (CHAR_LENGTH(TRIM(text_da)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_follow_up_question_follow_up ON follow_up_question (follow_up_id, audience, position);

-- One answer per enrolment from the participant and one from a leader of their institution. The
-- municipality is the participant's workplace's when they answered (for aggregates per
-- municipality); a participant's answer says whether a partnership began or went on. The sum and
-- number of its scores are kept with it (answers never change), so the report across all courses
-- reads the responses alone rather than every answer.
CREATE TABLE follow_up_response (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    follow_up_id       BIGINT      NOT NULL,
    enrolment_id       BIGINT      NOT NULL,
    respondent         VARCHAR(11) NOT NULL,
    author_id          BIGINT      NOT NULL,
    municipality_id    BIGINT      NULL,
    answered_on        DATE        NOT NULL,
    partnership        VARCHAR(9)  NULL,
    shared_with_leader BOOLEAN     NOT NULL DEFAULT FALSE,
    name_shown         BOOLEAN     NOT NULL DEFAULT FALSE,
    score_sum          SMALLINT    NOT NULL DEFAULT 0,
    score_count        SMALLINT    NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_follow_up_response UNIQUE (enrolment_id, respondent),
    CONSTRAINT fk_follow_up_response_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_up (id) ON DELETE CASCADE,
    CONSTRAINT fk_follow_up_response_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_follow_up_response_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_follow_up_response_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_follow_up_response_respondent CHECK (respondent IN ('PARTICIPANT', 'LEADER')),
    CONSTRAINT ck_follow_up_response_partnership CHECK (
        respondent = 'PARTICIPANT' AND partnership IN ('NEW', 'CONTINUED', 'NONE')
        OR respondent = 'LEADER' AND partnership IS NULL),
    CONSTRAINT ck_follow_up_response_leader_choices CHECK (
        respondent = 'PARTICIPANT' OR NOT shared_with_leader AND NOT name_shown),
    CONSTRAINT ck_follow_up_response_scores CHECK (score_count BETWEEN 0 AND 12 AND score_sum BETWEEN score_count AND 5 * score_count)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_follow_up_response_follow_up ON follow_up_response (follow_up_id, respondent);

CREATE TABLE follow_up_answer (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    response_id BIGINT        NOT NULL,
    question_id BIGINT        NOT NULL,
    score       TINYINT       NULL,
    comment     VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_follow_up_answer UNIQUE (response_id, question_id),
    CONSTRAINT fk_follow_up_answer_response FOREIGN KEY (response_id) REFERENCES follow_up_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_follow_up_answer_question FOREIGN KEY (question_id) REFERENCES follow_up_question (id) ON DELETE CASCADE,
    CONSTRAINT ck_follow_up_answer_score CHECK (score IS NULL OR score BETWEEN 1 AND 5),
    CONSTRAINT ck_follow_up_answer_given CHECK (score IS NOT NULL OR CHAR_LENGTH(TRIM(comment)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE notification
    DROP CONSTRAINT ck_notification_kind,
    ADD CONSTRAINT ck_notification_kind CHECK (kind IN ('CONFIRMED', 'AWAITING_APPROVAL', 'APPROVAL_REQUESTED',
                                                        'APPROVED', 'REJECTED', 'WAITLISTED', 'OFFERED', 'PROMOTED',
                                                        'OFFER_EXPIRED', 'WITHDRAWN', 'SESSION_MOVED', 'REMINDER',
                                                        'COURSE_CANCELLED', 'BELOW_MINIMUM', 'FEEDBACK', 'COMPLETED',
                                                        'EVALUATION_OPEN', 'FOLLOW_UP_OPEN', 'FOLLOW_UP_LEADER',
                                                        'FOLLOW_UP_REMINDER'));

-- A leader reading the follow-up answers a participant shared with them is logged like a reflection read.
ALTER TABLE access_log
    DROP CONSTRAINT ck_access_log_kind,
    ADD CONSTRAINT ck_access_log_kind CHECK (kind IN ('REFLECTION', 'STAFF_RECORD', 'STAFF_EXPORT', 'ENROLMENT_EXPORT',
                                                      'DATA_EXPORT', 'FOLLOW_UP'));
