-- Development goals (udviklingsmål) agreed between a leader and an employee: text, theme, due date
-- and status, the courses that serve the goal, and both sides' comments.
CREATE TABLE development_goal (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    account_id  BIGINT        NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    theme_id    BIGINT        NULL,
    due_date    DATE          NULL,
    status      VARCHAR(10)   NOT NULL DEFAULT 'OPEN',
    agreed_by   BIGINT        NOT NULL,
    agreed_at   DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_goal_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_goal_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT fk_goal_agreed_by FOREIGN KEY (agreed_by) REFERENCES account (id),
    CONSTRAINT ck_goal_status CHECK (status IN ('OPEN', 'ACHIEVED', 'DROPPED')),
    CONSTRAINT ck_goal_text CHECK (CHAR_LENGTH(TRIM(text)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_goal_account ON development_goal (account_id, status);

CREATE TABLE goal_course (
    goal_id   BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    PRIMARY KEY (goal_id, course_id),
    CONSTRAINT fk_goal_course_goal FOREIGN KEY (goal_id) REFERENCES development_goal (id) ON DELETE CASCADE,
    CONSTRAINT fk_goal_course_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE goal_comment (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    goal_id    BIGINT        NOT NULL,
    author_id  BIGINT        NOT NULL,
    body       VARCHAR(1000) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_goal_comment_goal FOREIGN KEY (goal_id) REFERENCES development_goal (id) ON DELETE CASCADE,
    CONSTRAINT fk_goal_comment_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT ck_goal_comment_body CHECK (CHAR_LENGTH(TRIM(body)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_goal_comment ON goal_comment (goal_id, created_at);

-- The leaders' staff table shows each person's last activity: when an enrolment of theirs last changed.
ALTER TABLE enrolment MODIFY updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);
