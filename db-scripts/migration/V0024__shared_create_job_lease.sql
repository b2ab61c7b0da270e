-- Scheduled work runs on every server of a cluster; a lease per job says which server does it now.
-- A server claims a job when the lease is its own or has run out (held_until, by the database's
-- clock so that the servers' clocks do not matter) and keeps it by claiming it again each run.
CREATE TABLE job_lease (
    job        VARCHAR(40)  NOT NULL,
    holder     VARCHAR(120) NULL,
    held_until DATETIME(3)  NOT NULL DEFAULT '2000-01-01 00:00:00',
    CONSTRAINT pk_job_lease PRIMARY KEY (job)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO job_lease (job) VALUES
    ('mail-outbox'), ('offer-expiry'), ('reminders'), ('deadline-warnings'), ('retention');
