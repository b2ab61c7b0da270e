-- Access log: who read or exported a person's data other than the person themselves (a shared
-- reflection, a staff record, an export), shown to the person and to administrators.
CREATE TABLE access_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    accessed_at DATETIME(6)  NOT NULL,
    reader_id   BIGINT       NOT NULL,
    subject_id  BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    what        VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_access_log_reader FOREIGN KEY (reader_id) REFERENCES account (id),
    CONSTRAINT fk_access_log_subject FOREIGN KEY (subject_id) REFERENCES account (id),
    CONSTRAINT ck_access_log_kind CHECK (kind IN ('REFLECTION', 'STAFF_RECORD', 'STAFF_EXPORT', 'ENROLMENT_EXPORT', 'DATA_EXPORT')),
    CONSTRAINT ck_access_log_other CHECK (reader_id <> subject_id),
    INDEX ix_access_log_subject (subject_id, accessed_at),
    INDEX ix_access_log_time (accessed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Retention: how long each kind of data is kept, enforced every night by a job that can also be run
-- as a dry run; each run is recorded. Deactivation is dated so inactive accounts can be anonymised.
ALTER TABLE account ADD COLUMN deactivated_at DATETIME(6) NULL;
UPDATE account SET deactivated_at = CURRENT_TIMESTAMP(6) WHERE active = FALSE;

CREATE TABLE retention_rule (
    kind        VARCHAR(30) NOT NULL,
    keep_months INT         NOT NULL,
    updated_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (kind),
    CONSTRAINT ck_retention_rule_kind CHECK (kind IN ('REFLECTIONS', 'NOTIFICATIONS', 'ACCESS_LOG', 'INACTIVE_ACCOUNTS', 'SECURITY_RECORDS')),
    CONSTRAINT ck_retention_rule_months CHECK (keep_months BETWEEN 1 AND 240)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO retention_rule (kind, keep_months) VALUES
    ('REFLECTIONS', 36), ('NOTIFICATIONS', 12), ('ACCESS_LOG', 24), ('INACTIVE_ACCOUNTS', 24), ('SECURITY_RECORDS', 1);

CREATE TABLE retention_run (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    ran_at      DATETIME(6) NOT NULL,
    kind        VARCHAR(30) NOT NULL,
    keep_months INT         NOT NULL,
    removed     INT         NOT NULL,
    started_by  VARCHAR(20) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_retention_run_kind CHECK (kind IN ('REFLECTIONS', 'NOTIFICATIONS', 'ACCESS_LOG', 'INACTIVE_ACCOUNTS', 'SECURITY_RECORDS')),
    CONSTRAINT ck_retention_run_removed CHECK (removed >= 0),
    CONSTRAINT ck_retention_run_started_by CHECK (started_by IN ('SCHEDULE', 'ADMINISTRATOR')),
    INDEX ix_retention_run_time (ran_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
