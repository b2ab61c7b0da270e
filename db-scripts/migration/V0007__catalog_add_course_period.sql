-- A course's period (its first session's start and its last session's end), kept on the course
-- so that the catalogue sorts and pages by an index instead of aggregating every session on every
-- request. The Course aggregate recalculates it whenever its sessions change.
ALTER TABLE course
    ADD COLUMN first_session_at DATETIME NULL,
    ADD COLUMN last_session_at  DATETIME NULL,
    ADD CONSTRAINT ck_course_period CHECK (last_session_at IS NULL OR first_session_at <= last_session_at);

UPDATE course c
    JOIN (SELECT m.course_id, MIN(s.starts_at) AS first_at, MAX(s.ends_at) AS last_at
          FROM course_module m JOIN course_session s ON s.module_id = m.id
          GROUP BY m.course_id) p ON p.course_id = c.id
SET c.first_session_at = p.first_at, c.last_session_at = p.last_at;

CREATE INDEX ix_course_status_period ON course (status, first_session_at, code);
CREATE INDEX ix_course_session_module_start ON course_session (module_id, starts_at);
