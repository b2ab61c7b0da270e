-- Enrolment as it really happens: an optional motivation, leader approval (per course, or for
-- every course at an institution), a waiting list kept in an explicit order, offers that expire,
-- and an audit trail of decisions that were made with a reason.

ALTER TABLE course
    ADD COLUMN withdrawal_deadline DATE    NULL AFTER registration_deadline,
    ADD COLUMN motivation_required BOOLEAN NOT NULL DEFAULT FALSE AFTER leader_approval_required;

ALTER TABLE institution
    ADD COLUMN approval_required BOOLEAN NOT NULL DEFAULT FALSE;

-- OFFERED joins the active statuses: the first in line holds the seat until the offer expires.
ALTER TABLE enrolment
    DROP INDEX uq_enrolment_active,
    DROP CONSTRAINT ck_enrolment_status,
    DROP COLUMN active_marker;

ALTER TABLE enrolment
    ADD COLUMN motivation       VARCHAR(1000) NULL AFTER status,
    ADD COLUMN waitlist_rank    BIGINT        NULL AFTER motivation,
    ADD COLUMN offer_expires_at DATETIME      NULL AFTER waitlist_rank,
    ADD COLUMN updated_at       DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6) AFTER created_at,
    ADD COLUMN active_marker TINYINT AS (CASE WHEN status IN ('REQUESTED', 'AWAITING_APPROVAL', 'CONFIRMED', 'WAITLISTED',
                                                              'OFFERED', 'COMPLETED') THEN 1 END) PERSISTENT;

-- Whoever waited first stands first.
UPDATE enrolment e
    JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY course_id ORDER BY created_at, id) AS place
          FROM enrolment WHERE status = 'WAITLISTED') w ON w.id = e.id
SET e.waitlist_rank = w.place;

ALTER TABLE enrolment
    ADD CONSTRAINT uq_enrolment_active UNIQUE (course_id, account_id, active_marker),
    ADD CONSTRAINT uq_enrolment_waitlist_rank UNIQUE (course_id, waitlist_rank),
    ADD CONSTRAINT ck_enrolment_status CHECK (status IN ('REQUESTED', 'AWAITING_APPROVAL', 'CONFIRMED', 'WAITLISTED',
                                                         'OFFERED', 'COMPLETED', 'REJECTED', 'WITHDRAWN', 'CANCELLED',
                                                         'NO_SHOW')),
    ADD CONSTRAINT ck_enrolment_waitlist CHECK ((status = 'WAITLISTED') = (waitlist_rank IS NOT NULL)),
    ADD CONSTRAINT ck_enrolment_offer CHECK ((status = 'OFFERED') = (offer_expires_at IS NOT NULL));

CREATE INDEX ix_enrolment_account ON enrolment (account_id, status);

-- Who changed an enrolment, when and why: leaders' approvals and rejections, consultants' admissions
-- over capacity and reorderings of the waiting list (which always carry a reason).
CREATE TABLE enrolment_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    enrolment_id  BIGINT        NOT NULL,
    happened_at   DATETIME(6)   NOT NULL,
    actor_id      BIGINT        NULL,
    from_status   VARCHAR(20)   NULL,
    to_status     VARCHAR(20)   NOT NULL,
    reason        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_enrolment_event_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_enrolment_event_actor FOREIGN KEY (actor_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_enrolment_event_enrolment ON enrolment_event (enrolment_id, happened_at);
