-- Everything a consultant plans: price and payer, the planned period, the waiting-list policy and
-- a cancellation's reason on the course; descriptions and reflection prompts on modules; rooms
-- and facilitators on sessions; partners linked to a whole course or to one module.

-- Rooms the college and its partners lend to sessions; a session books exactly one.
CREATE TABLE room (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    place           VARCHAR(150) NOT NULL,
    name            VARCHAR(100) NOT NULL,
    municipality_id BIGINT       NULL,
    capacity        INT          NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_room UNIQUE (place, name),
    CONSTRAINT fk_room_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_room_capacity CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 1000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO room (place, name, municipality_id)
SELECT DISTINCT c.place, s.room, c.municipality_id
FROM course_session s JOIN course_module m ON m.id = s.module_id JOIN course c ON c.id = m.course_id;

ALTER TABLE course_session ADD COLUMN room_id BIGINT NULL AFTER ends_at;
UPDATE course_session s JOIN course_module m ON m.id = s.module_id JOIN course c ON c.id = m.course_id
    JOIN room r ON r.place = c.place AND r.name = s.room
SET s.room_id = r.id;
ALTER TABLE course_session
    DROP COLUMN room,
    MODIFY room_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_course_session_room FOREIGN KEY (room_id) REFERENCES room (id);
CREATE INDEX ix_course_session_room_start ON course_session (room_id, starts_at);

-- Who teaches a session: college staff or partner staff with an account.
CREATE TABLE session_facilitator (
    session_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (session_id, account_id),
    CONSTRAINT fk_session_facilitator_session FOREIGN KEY (session_id) REFERENCES course_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_facilitator_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_session_facilitator_account ON session_facilitator (account_id);

-- Price in Danish kroner; FUNDED (a pool or the college pays) is free for the participant.
ALTER TABLE course
    ADD COLUMN price                 DECIMAL(9, 2) NOT NULL DEFAULT 0 AFTER ects,
    ADD COLUMN payer                 VARCHAR(20)   NOT NULL DEFAULT 'FUNDED' AFTER price,
    ADD COLUMN period_start          DATE          NULL AFTER registration_deadline,
    ADD COLUMN period_end            DATE          NULL AFTER period_start,
    ADD COLUMN waiting_list_policy   VARCHAR(20)   NOT NULL DEFAULT 'PROMOTE' AFTER leader_approval_required,
    ADD COLUMN offer_hours           SMALLINT      NULL AFTER waiting_list_policy,
    ADD COLUMN waiting_list_capacity INT           NOT NULL DEFAULT 0 AFTER offer_hours,
    ADD COLUMN cancellation_reason   VARCHAR(1000) NULL AFTER status;

UPDATE course
SET period_start = COALESCE(DATE(first_session_at), registration_deadline),
    period_end   = COALESCE(DATE(last_session_at), registration_deadline);

ALTER TABLE course
    MODIFY period_start DATE NOT NULL,
    MODIFY period_end DATE NOT NULL,
    ADD CONSTRAINT ck_course_price CHECK (price BETWEEN 0 AND 100000),
    ADD CONSTRAINT ck_course_payer CHECK (payer IN ('INSTITUTION', 'MUNICIPALITY', 'PARTICIPANT', 'FUNDED')),
    ADD CONSTRAINT ck_course_price_payer CHECK ((payer = 'FUNDED') = (price = 0)),
    ADD CONSTRAINT ck_course_planned_period CHECK (period_start <= period_end),
    ADD CONSTRAINT ck_course_waiting_list CHECK (waiting_list_capacity BETWEEN 0 AND 500),
    ADD CONSTRAINT ck_course_waiting_list_policy CHECK (
        (waiting_list_policy = 'PROMOTE' AND offer_hours IS NULL)
        OR (waiting_list_policy = 'OFFER' AND offer_hours BETWEEN 1 AND 336)),
    ADD CONSTRAINT ck_course_cancellation CHECK ((status = 'CANCELLED') = (cancellation_reason IS NOT NULL));

ALTER TABLE course_module
    ADD COLUMN description_da        VARCHAR(2000) NULL AFTER title_en,
    ADD COLUMN description_en        VARCHAR(2000) NULL AFTER description_da,
    ADD COLUMN reflection_prompts_da VARCHAR(2000) NULL AFTER objectives_en,
    ADD COLUMN reflection_prompts_en VARCHAR(2000) NULL AFTER reflection_prompts_da,
    ADD COLUMN version               BIGINT        NOT NULL DEFAULT 0;

-- A partner takes part in the whole course (module_id NULL) or in one module; module_scope makes
-- the NULL comparable so that the same link cannot be made twice.
ALTER TABLE course_partner
    ADD COLUMN module_id    BIGINT NULL AFTER course_id,
    ADD COLUMN module_scope BIGINT AS (COALESCE(module_id, 0)) PERSISTENT,
    ADD CONSTRAINT fk_course_partner_module FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE,
    DROP INDEX uq_course_partner,
    ADD CONSTRAINT uq_course_partner UNIQUE (course_id, module_scope, partner_organisation_id, role);
