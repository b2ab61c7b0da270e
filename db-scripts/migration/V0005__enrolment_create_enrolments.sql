-- A person's place on a course. At most one active enrolment per person and course:
-- active_marker is 1 for active statuses and NULL otherwise, and NULLs never collide in a unique key.
CREATE TABLE enrolment (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    course_id     BIGINT      NOT NULL,
    account_id    BIGINT      NOT NULL,
    status        VARCHAR(20) NOT NULL,
    created_at    DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version       BIGINT      NOT NULL DEFAULT 0,
    active_marker TINYINT AS (CASE WHEN status IN ('REQUESTED', 'AWAITING_APPROVAL', 'CONFIRMED', 'WAITLISTED', 'COMPLETED')
                                   THEN 1 END) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_enrolment_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uq_enrolment_active UNIQUE (course_id, account_id, active_marker),
    CONSTRAINT ck_enrolment_status CHECK (status IN ('REQUESTED', 'AWAITING_APPROVAL', 'CONFIRMED', 'WAITLISTED',
                                                     'COMPLETED', 'REJECTED', 'WITHDRAWN', 'CANCELLED', 'NO_SHOW'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_enrolment_course_status ON enrolment (course_id, status);
