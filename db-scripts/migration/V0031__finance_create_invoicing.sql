-- Invoices and credit notes to those who pay for places: an institution by Peppol BIS Billing 3.0 at
-- its EAN number, a person (a private payer) by a PDF mailed to them.
-- Issued in runs; numbered without gaps from one counter locked by the issuing transaction (a run
-- that fails rolls its numbers back with it); never changed once issued, except their state as the
-- finance office sends them and sees them paid. An enrolment is invoiced at most once and credited
-- at most once: the unique key stops a second run that raced the first.
CREATE TABLE invoice_counter (
    series      VARCHAR(20) NOT NULL PRIMARY KEY,
    last_number BIGINT      NOT NULL,
    CONSTRAINT ck_invoice_counter_last CHECK (last_number >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO invoice_counter (series, last_number) VALUES ('SAMSPIL', 0);

CREATE TABLE billing_run (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    issued_at      DATETIME      NOT NULL,
    issued_by      BIGINT        NULL,
    invoices       INT           NOT NULL,
    credit_notes   INT           NOT NULL,
    lines_total    INT           NOT NULL,
    CONSTRAINT fk_billing_run_account FOREIGN KEY (issued_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_billing_run_counts CHECK (invoices >= 0 AND credit_notes >= 0 AND lines_total > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invoice (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number           BIGINT        NOT NULL,
    kind             VARCHAR(12)   NOT NULL,
    run_id           BIGINT        NOT NULL,
    course_id        BIGINT        NOT NULL,
    format           VARCHAR(10)   NOT NULL,
    payer_id         BIGINT        NULL,
    payer_account_id BIGINT        NULL,
    buyer_ean        CHAR(13)      NULL,
    buyer_email      VARCHAR(254)  NULL,
    buyer_name       VARCHAR(150)  NOT NULL,
    buyer_reference  VARCHAR(60)   NOT NULL,
    credits_id       BIGINT        NULL,
    issue_date       DATE          NOT NULL,
    due_date         DATE          NOT NULL,
    total            DECIMAL(12,2) NOT NULL,
    state            VARCHAR(10)   NOT NULL DEFAULT 'ISSUED',
    state_changed_at DATETIME      NULL,
    document         MEDIUMBLOB    NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_invoice_number UNIQUE (number),
    CONSTRAINT uk_invoice_credits UNIQUE (credits_id),
    CONSTRAINT fk_invoice_run FOREIGN KEY (run_id) REFERENCES billing_run (id),
    CONSTRAINT fk_invoice_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_invoice_payer FOREIGN KEY (payer_id) REFERENCES institution (id),
    CONSTRAINT fk_invoice_payer_account FOREIGN KEY (payer_account_id) REFERENCES account (id),
    CONSTRAINT ck_invoice_format CHECK ((format = 'PEPPOL' AND payer_id IS NOT NULL AND payer_account_id IS NULL
                                         AND buyer_ean IS NOT NULL)
                                     OR (format = 'PDF' AND payer_account_id IS NOT NULL AND payer_id IS NULL
                                         AND buyer_email IS NOT NULL)),
    CONSTRAINT fk_invoice_credits FOREIGN KEY (credits_id) REFERENCES invoice (id),
    CONSTRAINT ck_invoice_kind CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    CONSTRAINT ck_invoice_credit_refers CHECK ((kind = 'CREDIT_NOTE') = (credits_id IS NOT NULL)),
    CONSTRAINT ck_invoice_state CHECK (state IN ('ISSUED', 'SENT', 'PAID')),
    CONSTRAINT ck_invoice_total CHECK (total > 0),
    CONSTRAINT ck_invoice_due CHECK (due_date >= issue_date),
    CONSTRAINT ck_invoice_number CHECK (number > 0),
    INDEX ix_invoice_run (run_id, number),
    INDEX ix_invoice_course (course_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invoice_line (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    invoice_id       BIGINT        NOT NULL,
    position         INT           NOT NULL,
    kind             VARCHAR(12)   NOT NULL,
    enrolment_id     BIGINT        NOT NULL,
    basis            VARCHAR(20)   NOT NULL,
    participant_name VARCHAR(150)  NULL,
    reference        VARCHAR(60)   NULL,
    amount           DECIMAL(9,2)  NOT NULL,
    CONSTRAINT uk_invoice_line_position UNIQUE (invoice_id, position),
    CONSTRAINT uk_invoice_line_enrolment UNIQUE (enrolment_id, kind),
    CONSTRAINT fk_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT fk_invoice_line_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT ck_invoice_line_kind CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    CONSTRAINT ck_invoice_line_basis CHECK (basis IN ('SEATED', 'WITHDRAWN_LATE', 'COURSE_CANCELLED')),
    CONSTRAINT ck_invoice_line_amount CHECK (amount > 0),
    CONSTRAINT ck_invoice_line_position CHECK (position > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
