-- Practice stories (praksisfortællinger): a participant's titled account of a cooperation they carried
-- out after a course. Stories are published to the course's cohort, to everyone logged in or to the
-- public (audience; NULL = not published), but only seen once every named partner organisation has
-- given its consent and while no consultant has hidden the story.

-- A course copied for a new run remembers the run it was first copied from, so a course page can
-- show the stories of its earlier runs ("what came of this course").
ALTER TABLE course ADD COLUMN origin_id BIGINT NULL,
    ADD CONSTRAINT fk_course_origin FOREIGN KEY (origin_id) REFERENCES course (id);

CREATE TABLE practice_story (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    author_id       BIGINT        NOT NULL,
    course_id       BIGINT        NOT NULL,
    reflection_id   BIGINT        NULL,
    institution_id  BIGINT        NULL,
    theme_id        BIGINT        NOT NULL,
    municipality_id BIGINT        NOT NULL,
    age_group       VARCHAR(11)   NOT NULL,
    title           VARCHAR(150)  NOT NULL,
    did             VARCHAR(4000) NOT NULL,
    learned         VARCHAR(4000) NOT NULL,
    audience        VARCHAR(6)    NULL,
    published_at    DATETIME(6)   NULL,
    hidden          BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_practice_story_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_practice_story_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_practice_story_reflection FOREIGN KEY (reflection_id) REFERENCES reflection (id) ON DELETE SET NULL,
    CONSTRAINT fk_practice_story_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_practice_story_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT fk_practice_story_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_practice_story_title CHECK (CHAR_LENGTH(TRIM(title)) > 0),
    CONSTRAINT ck_practice_story_did CHECK (CHAR_LENGTH(TRIM(did)) > 0),
    CONSTRAINT ck_practice_story_learned CHECK (CHAR_LENGTH(TRIM(learned)) > 0),
    CONSTRAINT ck_practice_story_age_group CHECK (age_group IN ('DAYCARE', 'GRADES_0_3', 'GRADES_4_6', 'GRADES_7_10')),
    CONSTRAINT ck_practice_story_audience CHECK (audience IN ('COHORT', 'USERS', 'PUBLIC')),
    CONSTRAINT ck_practice_story_published CHECK ((audience IS NULL) = (published_at IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_practice_story_listing ON practice_story (audience, hidden, published_at);
CREATE INDEX ix_practice_story_course ON practice_story (course_id, audience);

-- One row per partner organisation the story names: asked when the author publishes, then given,
-- refused, or given and later withdrawn. A refusal or a withdrawal unpublishes the story.
CREATE TABLE story_consent (
    id                      BIGINT      NOT NULL AUTO_INCREMENT,
    story_id                BIGINT      NOT NULL,
    partner_organisation_id BIGINT      NOT NULL,
    status                  VARCHAR(9)  NOT NULL,
    decided_by_id           BIGINT      NULL,
    decided_at              DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_story_consent UNIQUE (story_id, partner_organisation_id),
    CONSTRAINT fk_story_consent_story FOREIGN KEY (story_id) REFERENCES practice_story (id) ON DELETE CASCADE,
    CONSTRAINT fk_story_consent_partner FOREIGN KEY (partner_organisation_id) REFERENCES partner_organisation (id),
    CONSTRAINT fk_story_consent_decided_by FOREIGN KEY (decided_by_id) REFERENCES account (id),
    CONSTRAINT ck_story_consent_status CHECK (status IN ('ASKED', 'GIVEN', 'REFUSED', 'WITHDRAWN')),
    CONSTRAINT ck_story_consent_decided CHECK (status = 'ASKED' OR decided_by_id IS NOT NULL AND decided_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_story_consent_partner ON story_consent (partner_organisation_id, status);
-- Every list asks for stories with no consent that is not given: the few consents still asked,
-- refused or withdrawn are read from this index rather than all of them.
CREATE INDEX ix_story_consent_status ON story_consent (status, story_id);

-- Pictures are stored as the server re-encoded them (JPEG or PNG, no metadata), at most 4 a story.
CREATE TABLE story_picture (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    story_id   BIGINT       NOT NULL,
    media_type VARCHAR(10)  NOT NULL,
    width      SMALLINT     NOT NULL,
    height     SMALLINT     NOT NULL,
    alt_text   VARCHAR(200) NOT NULL,
    content    MEDIUMBLOB   NOT NULL,
    added_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_story_picture_story FOREIGN KEY (story_id) REFERENCES practice_story (id) ON DELETE CASCADE,
    CONSTRAINT ck_story_picture_type CHECK (media_type IN ('image/jpeg', 'image/png')),
    CONSTRAINT ck_story_picture_size CHECK (OCTET_LENGTH(content) BETWEEN 1 AND 5242880),
    CONSTRAINT ck_story_picture_dimensions CHECK (width BETWEEN 1 AND 2000 AND height BETWEEN 1 AND 2000),
    CONSTRAINT ck_story_picture_alt CHECK (CHAR_LENGTH(TRIM(alt_text)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_story_picture_story ON story_picture (story_id, id);

-- The moderation log: a consultant hid a story (with the reason the author is told) or showed it again.
CREATE TABLE story_moderation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    story_id     BIGINT       NOT NULL,
    moderator_id BIGINT       NOT NULL,
    action       VARCHAR(4)   NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    taken_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_story_moderation_story FOREIGN KEY (story_id) REFERENCES practice_story (id) ON DELETE CASCADE,
    CONSTRAINT fk_story_moderation_moderator FOREIGN KEY (moderator_id) REFERENCES account (id),
    CONSTRAINT ck_story_moderation_action CHECK (action IN ('HIDE', 'SHOW')),
    CONSTRAINT ck_story_moderation_reason CHECK (CHAR_LENGTH(TRIM(reason)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_story_moderation_story ON story_moderation (story_id, taken_at);
