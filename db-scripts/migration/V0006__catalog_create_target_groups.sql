-- Who a course is for; a course may address several groups, and the catalogue filters on them.
CREATE TABLE course_target_group (
    course_id    BIGINT      NOT NULL,
    target_group VARCHAR(20) NOT NULL,
    PRIMARY KEY (course_id, target_group),
    CONSTRAINT fk_course_target_group_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_course_target_group CHECK (target_group IN ('TEACHER', 'PEDAGOGUE', 'SCHOOL_LEADER',
                                                              'DAYCARE_LEADER', 'MUNICIPAL_STAFF', 'VOLUNTEER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_target_group ON course_target_group (target_group);
CREATE INDEX ix_course_municipality ON course (municipality_id);
