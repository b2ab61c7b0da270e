-- Participants' reflections per module, whom each is shared with, who read it, the course team's
-- feedback; the completion rule on courses and modules; certificates with a verification code.

-- Completion: attendance share over all of a course's sessions, and the modules whose reflection
-- must be submitted.
ALTER TABLE course
    ADD COLUMN min_attendance_percent INT NOT NULL DEFAULT 80 AFTER max_participants,
    ADD CONSTRAINT ck_course_min_attendance CHECK (min_attendance_percent BETWEEN 0 AND 100);
ALTER TABLE course_module ADD COLUMN reflection_required BOOLEAN NOT NULL DEFAULT FALSE AFTER reflection_prompts_en;
-- A consultant's decision (completed, or completion taken back) that the rule must not overturn.
ALTER TABLE enrolment ADD COLUMN completion_decided BOOLEAN NOT NULL DEFAULT FALSE AFTER status;

-- One reflection per participant and module. The body is sanitised HTML: the working text, which
-- only the author ever reads; readers see the newest submitted version.
CREATE TABLE reflection (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    author_id    BIGINT      NOT NULL,
    module_id    BIGINT      NOT NULL,
    body         MEDIUMTEXT  NOT NULL,
    status       VARCHAR(10) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    submitted_at DATETIME(6) NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_reflection UNIQUE (author_id, module_id),
    CONSTRAINT fk_reflection_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_reflection_module FOREIGN KEY (module_id) REFERENCES course_module (id),
    CONSTRAINT ck_reflection_status CHECK (status IN ('DRAFT', 'SUBMITTED')),
    CONSTRAINT ck_reflection_body CHECK (CHAR_LENGTH(body) <= 20000),
    CONSTRAINT ck_reflection_submitted CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_reflection_module ON reflection (module_id, status);

-- Every submission is kept; number 1 is the first.
CREATE TABLE reflection_version (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    reflection_id BIGINT      NOT NULL,
    number        INT         NOT NULL,
    body          MEDIUMTEXT  NOT NULL,
    submitted_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_reflection_version UNIQUE (reflection_id, number),
    CONSTRAINT fk_reflection_version_reflection FOREIGN KEY (reflection_id) REFERENCES reflection (id) ON DELETE CASCADE,
    CONSTRAINT ck_reflection_version_number CHECK (number >= 1),
    CONSTRAINT ck_reflection_version_body CHECK (CHAR_LENGTH(body) <= 20000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Whom the author shares a reflection with; a revoked share is deleted, so access ends at once.
CREATE TABLE reflection_share (
    reflection_id BIGINT      NOT NULL,
    audience      VARCHAR(12) NOT NULL,
    PRIMARY KEY (reflection_id, audience),
    CONSTRAINT fk_reflection_share_reflection FOREIGN KEY (reflection_id) REFERENCES reflection (id) ON DELETE CASCADE,
    CONSTRAINT ck_reflection_share_audience CHECK (audience IN ('COURSE_TEAM', 'LEADERS', 'COHORT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every read by someone other than the author: who, when, and through which share.
CREATE TABLE reflection_read (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    reflection_id BIGINT      NOT NULL,
    reader_id     BIGINT      NOT NULL,
    audience      VARCHAR(12) NOT NULL,
    read_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_reflection_read_reflection FOREIGN KEY (reflection_id) REFERENCES reflection (id) ON DELETE CASCADE,
    CONSTRAINT fk_reflection_read_reader FOREIGN KEY (reader_id) REFERENCES account (id),
    CONSTRAINT ck_reflection_read_audience CHECK (audience IN ('COURSE_TEAM', 'LEADERS', 'COHORT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_reflection_read ON reflection_read (reflection_id, read_at);
CREATE INDEX ix_reflection_read_reader ON reflection_read (reader_id);

-- The course team's feedback on a shared reflection; plain text.
CREATE TABLE reflection_feedback (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    reflection_id BIGINT        NOT NULL,
    author_id     BIGINT        NOT NULL,
    body          VARCHAR(2000) NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_reflection_feedback_reflection FOREIGN KEY (reflection_id) REFERENCES reflection (id) ON DELETE CASCADE,
    CONSTRAINT fk_reflection_feedback_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT ck_reflection_feedback_body CHECK (CHAR_LENGTH(TRIM(body)) BETWEEN 1 AND 2000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_reflection_feedback ON reflection_feedback (reflection_id, created_at);

-- A completed enrolment's certificate (kursusbevis). The code is printed on it and checked on the
-- public verification page; a revoked certificate is kept so the page can say so.
CREATE TABLE certificate (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    enrolment_id BIGINT      NOT NULL,
    code         CHAR(14)    NOT NULL,
    issued_at    DATETIME(6) NOT NULL,
    revoked_at   DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_certificate_enrolment UNIQUE (enrolment_id),
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE notification
    DROP CONSTRAINT ck_notification_kind,
    ADD CONSTRAINT ck_notification_kind CHECK (kind IN ('CONFIRMED', 'AWAITING_APPROVAL', 'APPROVAL_REQUESTED',
                                                        'APPROVED', 'REJECTED', 'WAITLISTED', 'OFFERED', 'PROMOTED',
                                                        'OFFER_EXPIRED', 'WITHDRAWN', 'SESSION_MOVED', 'REMINDER',
                                                        'COURSE_CANCELLED', 'BELOW_MINIMUM', 'FEEDBACK', 'COMPLETED',
                                                        'EVALUATION_OPEN'));
