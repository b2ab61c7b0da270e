-- Course evaluations: a few questions per course (statements scored 1–5, and open questions),
-- anonymous answers, and a receipt per enrolment so that each participant answers once without
-- the answer being traceable to them (the receipt holds no time and no link to the answer).
CREATE TABLE evaluation_question (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    course_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    kind      VARCHAR(6)   NOT NULL,
    text_da   VARCHAR(300) NOT NULL,
    text_en   VARCHAR(300) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_evaluation_question UNIQUE (course_id, position),
    CONSTRAINT fk_evaluation_question_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_evaluation_question_kind CHECK (kind IN ('SCALE', 'TEXT')),
    CONSTRAINT ck_evaluation_question_position CHECK (position BETWEEN 1 AND 12),
    CONSTRAINT ck_evaluation_question_text CHECK (CHAR_LENGTH(TRIM(text_da)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One anonymous set of answers; only the day is kept.
CREATE TABLE evaluation_response (
    id           BIGINT NOT NULL AUTO_INCREMENT,
    course_id    BIGINT NOT NULL,
    submitted_on DATE   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_evaluation_response_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_evaluation_response_course ON evaluation_response (course_id);

CREATE TABLE evaluation_answer (
    response_id BIGINT        NOT NULL,
    question_id BIGINT        NOT NULL,
    score       TINYINT       NULL,
    comment     VARCHAR(2000) NULL,
    PRIMARY KEY (response_id, question_id),
    CONSTRAINT fk_evaluation_answer_response FOREIGN KEY (response_id) REFERENCES evaluation_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_evaluation_answer_question FOREIGN KEY (question_id) REFERENCES evaluation_question (id) ON DELETE CASCADE,
    CONSTRAINT ck_evaluation_answer_score CHECK (score IS NULL OR score BETWEEN 1 AND 5),
    CONSTRAINT ck_evaluation_answer_given CHECK (score IS NOT NULL OR comment IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- That an enrolment has answered, and nothing else.
CREATE TABLE evaluation_receipt (
    enrolment_id BIGINT NOT NULL,
    PRIMARY KEY (enrolment_id),
    CONSTRAINT fk_evaluation_receipt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
