-- Themes are data: the 2024 quality programme retired themes, it did not delete old courses.
CREATE TABLE theme (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    code    VARCHAR(40)  NOT NULL,
    name_da VARCHAR(100) NOT NULL,
    name_en VARCHAR(100) NOT NULL,
    active  BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT uq_theme_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    code                     VARCHAR(20)   NOT NULL,
    title_da                 VARCHAR(200)  NOT NULL,
    title_en                 VARCHAR(200)  NULL,
    description_da           VARCHAR(4000) NOT NULL,
    description_en           VARCHAR(4000) NULL,
    theme_id                 BIGINT        NOT NULL,
    ects                     SMALLINT      NOT NULL DEFAULT 0,
    status                   VARCHAR(20)   NOT NULL DEFAULT 'DRAFT',
    place                    VARCHAR(150)  NOT NULL,
    municipality_id          BIGINT        NULL,
    registration_deadline    DATE          NOT NULL,
    min_participants         INT           NOT NULL,
    max_participants         INT           NOT NULL,
    leader_approval_required BOOLEAN       NOT NULL DEFAULT FALSE,
    consultant_id            BIGINT        NOT NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_course_code UNIQUE (code),
    CONSTRAINT fk_course_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT fk_course_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_course_consultant FOREIGN KEY (consultant_id) REFERENCES account (id),
    CONSTRAINT ck_course_ects CHECK (ects IN (0, 5, 10, 15)),
    CONSTRAINT ck_course_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED')),
    CONSTRAINT ck_course_participants CHECK (min_participants >= 1 AND max_participants <= 500
                                             AND min_participants <= max_participants)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_status ON course (status);

CREATE TABLE course_module (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    course_id     BIGINT        NOT NULL,
    position      INT           NOT NULL,
    title_da      VARCHAR(200)  NOT NULL,
    title_en      VARCHAR(200)  NULL,
    objectives_da VARCHAR(2000) NULL,
    objectives_en VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_course_module_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT uq_course_module_position UNIQUE (course_id, position),
    CONSTRAINT ck_course_module_position CHECK (position >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_session (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    module_id       BIGINT       NOT NULL,
    starts_at       DATETIME     NOT NULL,
    ends_at         DATETIME     NOT NULL,
    room            VARCHAR(150) NOT NULL,
    host_partner_id BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_course_session_module FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_session_host FOREIGN KEY (host_partner_id) REFERENCES partner_organisation (id),
    CONSTRAINT ck_course_session_period CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_session_starts ON course_session (starts_at);

-- How a partner organisation takes part in a course.
CREATE TABLE course_partner (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    course_id               BIGINT       NOT NULL,
    partner_organisation_id BIGINT       NOT NULL,
    role                    VARCHAR(20)  NOT NULL,
    contribution_da         VARCHAR(500) NULL,
    contribution_en         VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_course_partner_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_partner_partner FOREIGN KEY (partner_organisation_id) REFERENCES partner_organisation (id),
    CONSTRAINT uq_course_partner UNIQUE (course_id, partner_organisation_id, role),
    CONSTRAINT ck_course_partner_role CHECK (role IN ('CO_DESIGNER', 'HOST', 'CONTRIBUTOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
