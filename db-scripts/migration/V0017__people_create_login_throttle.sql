-- Login throttling: failed logins counted per e-mail address typed and per client address over a
-- window; while a key is blocked, logins for it are refused without checking the password. Blocks
-- are short and grow with repeated failures, so an attacker cannot lock a user out for long.
CREATE TABLE login_throttle (
    throttle_key     VARCHAR(300) NOT NULL,
    failures         INT          NOT NULL,
    first_failure_at DATETIME(6)  NOT NULL,
    blocked_until    DATETIME(6)  NULL,
    PRIMARY KEY (throttle_key),
    CONSTRAINT ck_login_throttle_failures CHECK (failures >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
