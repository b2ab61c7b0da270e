-- Who came to which session: one row per session and enrolment, registered by a consultant or
-- by one of the session's facilitators, and changed freely until the course is completed.
CREATE TABLE attendance (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    session_id    BIGINT      NOT NULL,
    enrolment_id  BIGINT      NOT NULL,
    status        VARCHAR(10) NOT NULL,
    registered_by BIGINT      NOT NULL,
    registered_at DATETIME(6) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_attendance UNIQUE (session_id, enrolment_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES course_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_attendance_registered_by FOREIGN KEY (registered_by) REFERENCES account (id),
    CONSTRAINT ck_attendance_status CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attendance_enrolment ON attendance (enrolment_id);
