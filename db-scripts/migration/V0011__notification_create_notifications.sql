-- What Samspil tells people, in the app and by mail: one row per message to one person. The row is
-- also the mail's outbox entry: written with the change that caused it, mailed after it committed.
CREATE TABLE notification (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    recipient_id BIGINT       NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    course_id    BIGINT       NULL,
    detail       VARCHAR(1000) NULL,
    created_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    read_at      DATETIME(6)  NULL,
    mailed_at    DATETIME(6)  NULL,
    mail_attempts INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES account (id),
    CONSTRAINT fk_notification_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_notification_kind CHECK (kind IN ('CONFIRMED', 'AWAITING_APPROVAL', 'APPROVAL_REQUESTED', 'APPROVED',
                                                    'REJECTED', 'WAITLISTED', 'OFFERED', 'PROMOTED', 'OFFER_EXPIRED',
                                                    'WITHDRAWN', 'SESSION_MOVED', 'REMINDER', 'COURSE_CANCELLED',
                                                    'BELOW_MINIMUM'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, created_at);
-- The mail outbox: notifications not yet mailed, oldest first.
CREATE INDEX ix_notification_unmailed ON notification (mailed_at, mail_attempts, id);

-- A personal calendar feed is read by calendar programs without a login: a secret, renewable token.
ALTER TABLE account ADD COLUMN calendar_token CHAR(43) NULL,
    ADD CONSTRAINT uq_account_calendar_token UNIQUE (calendar_token);

-- Calendar invites keep one UID per session and raise SEQUENCE whenever the session moves.
ALTER TABLE course_session ADD COLUMN sequence INT NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_course_session_sequence CHECK (sequence >= 0);
